namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>One line of a table: a Persian label and its count.</summary>
public sealed record DashboardLine(string Title, long Count);

/// <summary>Cooperatives formed in one county in the chosen year (CountyId null: «نامشخص»).</summary>
public sealed record CountyLine(int? CountyId, string County, int Count);

/// <summary>Cooperatives of one group (an orientation, a membership type) and their members.</summary>
public sealed record GroupLine(int? Id, string Title, int Cooperatives, long Members);

/// <summary>The registry's members: the total, and by gender for the cooperatives whose declarations said so.</summary>
/// <param name="Cooperatives">Cooperatives in the registry.</param>
/// <param name="Members">Members of all of them (as declared last, or as registered).</param>
/// <param name="Women">Women among the members of the cooperatives with a declared breakdown.</param>
/// <param name="Men">Men among the members of the cooperatives with a declared breakdown.</param>
/// <param name="CooperativesByGender">How many cooperatives have declared the breakdown.</param>
public sealed record MemberTotals(int Cooperatives, long Members, long Women, long Men, int CooperativesByGender)
{
    /// <summary>Members of cooperatives that have not declared women and men yet.</summary>
    public long Unbroken => Members - Women - Men;
}

/// <summary>The self-declarations of one fiscal year: filed, expected, overdue, and what they report.</summary>
/// <param name="FiscalYear">The fiscal year declared (the year before the chosen one: it is declared during the chosen year).</param>
/// <param name="DueOn">The day its declarations are due.</param>
/// <param name="PastDue">True when the due day has passed (the not filed ones are then overdue).</param>
/// <param name="Expected">Cooperatives registered by the end of the fiscal year, which must declare it.</param>
/// <param name="Filed">Declarations submitted for it (any status but draft).</param>
/// <param name="Overdue">Expected but not filed, once past due (0 before).</param>
/// <param name="TrainingHours">Training hours the filed declarations report.</param>
/// <param name="AssembliesHeld">General assemblies (ordinary and extraordinary) the filed declarations report.</param>
public sealed record DeclarationSummary(int FiscalYear, DateOnly DueOn, bool PastDue, int Expected, int Filed, int Overdue, long TrainingHours, long AssembliesHeld);

/// <summary>Inspection visits: planned and ahead, planned and past their day without a report, and done in the chosen year.</summary>
public sealed record InspectionCounts(int Upcoming, int Past, int DoneInYear);

/// <summary>How long a stretch of the workflow took, in days, for the cases that completed it in the chosen year.</summary>
/// <param name="Title">The Persian name of the stretch (the whole way to a decision, or one step).</param>
/// <param name="Count">How many cases completed it in the year.</param>
/// <param name="MedianDays">The median in days (null when none).</param>
/// <param name="P90Days">The 90th percentile in days (null when none).</param>
public sealed record DurationLine(string Title, long Count, double? MedianDays, double? P90Days);

/// <summary>The statistics of one province (or the whole country), all computed by SQL aggregates.</summary>
/// <param name="ProvinceId">The province the numbers cover; null for the whole country.</param>
/// <param name="Year">The Solar Hijri year of the yearly tables.</param>
public sealed record DashboardReport(
    int? ProvinceId,
    int Year,
    IReadOnlyList<DashboardLine> ApplicationsByStatus,
    IReadOnlyList<CountyLine> FormedByCounty,
    IReadOnlyList<GroupLine> ByOrientation,
    IReadOnlyList<GroupLine> ByMembershipType,
    MemberTotals Members,
    DeclarationSummary Declarations,
    IReadOnlyList<DashboardLine> DeclarationsByStatus,
    IReadOnlyList<DashboardLine> DeclarationsByRisk,
    InspectionCounts Inspections,
    IReadOnlyList<DurationLine> Durations);

/// <summary>What one dashboard reads: the province (null: country), the year's bounds in UTC, today in Iran.</summary>
public sealed record DashboardScope(int? ProvinceId, int Year, DateTime FromUtc, DateTime ToUtc, DateOnly Today);
