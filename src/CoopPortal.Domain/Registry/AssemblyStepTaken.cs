using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Registry;

/// <summary>A step of the founding assembly's workflow was taken: who did what, from which status to which.</summary>
public sealed record AssemblyStepTaken(
    FoundingAssembly Assembly, AssemblyAction Action, AssemblyStatus From, AssemblyStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
