namespace CoopPortal.Domain.Liquidation;

/// <summary>A liquidators' report: interim (گزارش میان‌دوره‌ای) or final (گزارش نهایی). Stored by name.</summary>
public enum LiquidationReportKind
{
    Interim,
    Final,
}
