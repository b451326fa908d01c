using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>
/// The supervision settings (configuration section "Supervision"): when declarations are due and the risk thresholds.
/// The rules themselves live in <see cref="RiskRules"/>; this only feeds them their numbers.
/// </summary>
public sealed class SupervisionOptions
{
    public const string SectionName = "Supervision";

    /// <summary>Months after the fiscal year ends by which the declaration is due (default 4).</summary>
    public int DeclarationDueMonths { get; set; } = RiskSettings.Default.DeclarationDueMonths;

    /// <summary>Months after the fiscal year ends within which the ordinary general assembly must meet (default 4).</summary>
    public int AssemblyWindowMonths { get; set; } = RiskSettings.Default.AssemblyWindowMonths;

    public int MinimumMembers { get; set; } = RiskSettings.Default.MinimumMembers;

    /// <summary>Points from which the risk is medium.</summary>
    public int MediumFrom { get; set; } = RiskSettings.Default.MediumFrom;

    /// <summary>Points from which the risk is high.</summary>
    public int HighFrom { get; set; } = RiskSettings.Default.HighFrom;

    /// <summary>Consecutive fiscal years without a declaration after which a cooperative is marked possibly dormant.</summary>
    public int DormantAfterYears { get; set; } = 2;

    public RiskSettings ToRiskSettings() => new(DeclarationDueMonths, AssemblyWindowMonths, MinimumMembers, MediumFrom, HighFrom);
}
