using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Liquidation;

/// <summary>A line of a liquidation's history (append-only in the database).</summary>
public sealed class LiquidationEvent : CaseEvent<LiquidationStatus, LiquidationAction>
{
    private LiquidationEvent()
    {
    }

    internal LiquidationEvent(DateTime atUtc, string actor, LiquidationAction action, LiquidationStatus from, LiquidationStatus to, string? comment, bool isPublic)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic)
    {
    }
}
