using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Assemblies;

/// <summary>A step of a general assembly's workflow was taken: who did what, from which status to which.</summary>
public sealed record GeneralAssemblyStepTaken(
    GeneralAssembly Assembly, GeneralAssemblyAction Action, GeneralAssemblyStatus From, GeneralAssemblyStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
