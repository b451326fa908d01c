using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Dormancy;

/// <summary>A step of a dormancy case was taken: who did what, from which status to which.</summary>
public sealed record DormancyStepTaken(
    DormancyCase Case, DormancyAction Action, DormancyStatus From, DormancyStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
