using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Festival;

/// <summary>A step of a festival case's workflow was taken: who did what, from which status to which.</summary>
public sealed record FestivalStepTaken(
    FestivalCase Festival, FestivalAction Action, FestivalStatus From, FestivalStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
