namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>How long a stretch of the workflow took, in days, for the cases that completed it in the chosen year.</summary>
/// <param name="Title">The Persian name of the stretch (the whole way to a decision, or one step).</param>
/// <param name="Count">How many cases completed it in the year.</param>
/// <param name="MedianDays">The median in days (null when none).</param>
/// <param name="P90Days">The 90th percentile in days (null when none).</param>
public sealed record DurationLine(string Title, long Count, double? MedianDays, double? P90Days);
