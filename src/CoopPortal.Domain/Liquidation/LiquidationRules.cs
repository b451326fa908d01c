namespace CoopPortal.Domain.Liquidation;

/// <summary>
/// The configurable rules of a liquidation (configuration section "Liquidation"; the whole-number ones also on the
/// administrator's rules page): how long the liquidation period may run, how many liquidators are named, and whether an
/// interim report must come before the final one.
/// </summary>
public sealed record LiquidationRules
{
    public const string SectionName = "Liquidation";

    /// <summary>The longest liquidation period, in months from its start.</summary>
    public int MaxMonths { get; init; } = 24;

    /// <summary>The most liquidators a liquidation names (at least one).</summary>
    public int MaxLiquidators { get; init; } = 3;

    /// <summary>At least one interim report is filed before the final one.</summary>
    public bool InterimRequired { get; init; } = true;

    public static LiquidationRules Default { get; } = new();
}
