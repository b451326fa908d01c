using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>A step of the formation workflow was taken (one row of <see cref="ApplicationWorkflow"/>): who did what, from which status to which.</summary>
public sealed record ApplicationStepTaken(
    FormationApplication Application, WorkflowAction Action, ApplicationStatus From, ApplicationStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
