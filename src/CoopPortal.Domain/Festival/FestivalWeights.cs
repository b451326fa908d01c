namespace CoopPortal.Domain.Festival;

/// <summary>
/// The points of each festival criterion and the two thresholds they use (configuration section "Festival", also on the
/// administrator's rules page; defaults here add up to 100). A weight of 0 leaves a criterion out of the score.
/// </summary>
public sealed record FestivalWeights
{
    public const string SectionName = "Festival";

    /// <summary>F01: the ordinary assembly met in the legal window.</summary>
    public int AssemblyOnTime { get; init; } = 15;

    /// <summary>F02: the financial statements were sent, complete and balanced, by the declaration's due date.</summary>
    public int FinancialStatements { get; init; } = 15;

    /// <summary>F03: the inspector's report of the year (signed in the portal, or the scan attached).</summary>
    public int InspectorReport { get; init; } = 10;

    /// <summary>F04: the tax return was filed.</summary>
    public int TaxReturn { get; init; } = 10;

    /// <summary>F05: the staff's insurance was paid.</summary>
    public int Insurance { get; init; } = 10;

    /// <summary>F06: the legal books are kept.</summary>
    public int BooksKept { get; init; } = 5;

    /// <summary>F07: at least <see cref="EmployeesFrom"/> employees.</summary>
    public int Employment { get; init; } = 10;

    /// <summary>F08: exports in the year.</summary>
    public int Exports { get; init; } = 10;

    /// <summary>F09: sales above last year's.</summary>
    public int SalesGrowth { get; init; } = 10;

    /// <summary>F10: at least <see cref="MembersFrom"/> members.</summary>
    public int Members { get; init; } = 5;

    /// <summary>The fewest employees that earn F07.</summary>
    public int EmployeesFrom { get; init; } = 5;

    /// <summary>The fewest members that earn F10.</summary>
    public int MembersFrom { get; init; } = 15;

    /// <summary>The most cooperatives the reviewers shortlist in one orientation of a province's festival.</summary>
    public int ShortlistPerOrientation { get; init; } = 3;

    public static FestivalWeights Default { get; } = new();
}
