namespace CoopPortal.Domain.Supervision;

/// <summary>The thresholds of the risk rules, in one place (configurable; defaults from domain.md).</summary>
public sealed record RiskSettings(
    int DeclarationDueMonths = 4,
    int AssemblyWindowMonths = 4,
    int MinimumMembers = 7,
    int MediumFrom = 20,
    int HighFrom = 45)
{
    public static RiskSettings Default { get; } = new();
}
