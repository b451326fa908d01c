using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>A step of a cooperative's life was taken (<see cref="CooperativeLifecycle.Machine"/>).</summary>
public sealed record CooperativeStatusChanged(
    Cooperative Cooperative, CooperativeStatusAction Action, CooperativeStatus From, CooperativeStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
