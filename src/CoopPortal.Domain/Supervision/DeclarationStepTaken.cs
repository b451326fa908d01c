using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Supervision;

/// <summary>A step of the self-declaration's workflow was taken: who did what, from which status to which.</summary>
public sealed record DeclarationStepTaken(
    SelfDeclaration Declaration, DeclarationAction Action, DeclarationStatus From, DeclarationStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
