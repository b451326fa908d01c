using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Inspection;

/// <summary>A step of an inspector's report's workflow was taken: who did what, from which status to which.</summary>
public sealed record InspectorReportStepTaken(
    InspectorReport Report, InspectorReportAction Action, InspectorReportStatus From, InspectorReportStatus To, string ActorUserId, DateTime AtUtc) : IDomainEvent;
