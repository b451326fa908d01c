namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// Where a registered cooperative stands in its life (<see cref="CooperativeLifecycle.Machine"/>): active, under a
/// dormancy case, dissolved, in liquidation, or struck off the registry. Stored by name.
/// </summary>
public enum CooperativeStatus
{
    /// <summary>Active (فعال): the default; files its declarations, holds its assemblies.</summary>
    Active,

    /// <summary>The office opened a dormancy case (پرونده رکود): it must revive or face dissolution.</summary>
    DormancyCaseOpen,

    /// <summary>Dissolution decided (منحل): by the head of office on a dormancy case; liquidators not yet named.</summary>
    Dissolved,

    /// <summary>In liquidation (در حال تصفیه): liquidators named, the liquidation period running.</summary>
    InLiquidation,

    /// <summary>Struck off (حذف از دفتر ثبت): the liquidation's final report confirmed; the end of its life.</summary>
    StruckOff,
}
