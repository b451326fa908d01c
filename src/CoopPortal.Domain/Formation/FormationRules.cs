namespace CoopPortal.Domain.Formation;

/// <summary>
/// The formation rules that domain.md marks configurable (configuration section "FormationRules"; editable by an admin
/// later). Defaults follow the Cooperative Sector Act: seven members, a third of the capital paid.
/// </summary>
public sealed record FormationRules
{
    public const string SectionName = "FormationRules";

    /// <summary>The fewest members a cooperative may be formed with (حداقل ۷ نفر).</summary>
    public int MinimumMembers { get; init; } = 7;

    /// <summary>The largest share of the total capital one member may subscribe, in percent (sources say 20 or 30).</summary>
    public int MaxSharePercent { get; init; } = 20;

    /// <summary>How much of the subscribed capital must be paid before registration: numerator / denominator.</summary>
    public int PaidFractionNumerator { get; init; } = 1;

    public int PaidFractionDenominator { get; init; } = 3;

    public const int FoundersBoardSize = 3;

    public const int MaxProposedNames = 5;

    public static FormationRules Default { get; } = new();

    /// <summary>True when the paid amount reaches the required fraction of the total (exact, no rounding).</summary>
    public bool IsPaidEnough(long paid, long total) =>
        (decimal)paid * PaidFractionDenominator >= (decimal)total * PaidFractionNumerator;

    /// <summary>True when one member's share stays within the cap of the total (exact, no rounding).</summary>
    public bool IsWithinShareCap(long share, long total) => (decimal)share * 100 <= (decimal)total * MaxSharePercent;
}
