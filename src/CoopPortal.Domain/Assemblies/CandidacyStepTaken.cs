using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Assemblies;

/// <summary>A candidacy moved one step of its table (the manager and the candidate are told).</summary>
public sealed record CandidacyStepTaken(Candidacy Candidacy, CandidacyAction Action, CandidacyStatus From, CandidacyStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
