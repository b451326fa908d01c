namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>One line of a table: a Persian label and its count.</summary>
public sealed record DashboardLine(string Title, long Count);
