using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Liquidation;

/// <summary>A step of a liquidation was taken (the start included): who did what, from which status to which.</summary>
public sealed record LiquidationStepTaken(
    LiquidationCase Liquidation, LiquidationAction Action, LiquidationStatus From, LiquidationStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
