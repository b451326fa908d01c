using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What the minutes are checked against: today (Iran), the registry's board rules, the assembly rules (quorum), and the
/// approved candidates (post and national code): only they may be recorded as elected; and the liquidation's rules.
/// </summary>
public sealed record MinutesContext(DateOnly Today, RegistryRules Registry, AssemblyRules Rules, IReadOnlyCollection<(OfficerRole Post, string NationalCode)> ApprovedCandidates)
{
    /// <summary>The liquidation's rules, for the liquidators and period of a resolution to dissolve.</summary>
    public Liquidation.LiquidationRules Liquidation { get; init; } = Domain.Liquidation.LiquidationRules.Default;
}
