using CoopPortal.Domain.Liquidation;

namespace CoopPortal.Application.Liquidation.Queue;

/// <summary>A line of a list of liquidations: the cooperative, status, period and how many reports were filed.</summary>
public sealed record LiquidationQueueItem(Guid Id, Guid CooperativeId, string CooperativeName, LiquidationStatus Status, DateOnly StartsOn, DateOnly EndsOn, DateTime UpdatedAtUtc)
{
    public string StatusTitle => LiquidationText.Title(Status);
}
