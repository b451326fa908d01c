namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>Inspection visits: planned and ahead, planned and past their day without a report, and done in the chosen year.</summary>
public sealed record InspectionCounts(int Upcoming, int Past, int DoneInYear);
