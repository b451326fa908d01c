namespace CoopPortal.Domain.Supervision;

public enum RiskBand
{
    Low,
    Medium,
    High,
}
