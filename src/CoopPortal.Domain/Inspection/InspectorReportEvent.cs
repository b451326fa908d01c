using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Inspection;

/// <summary>A line of an inspector's report's history.</summary>
public sealed class InspectorReportEvent : CaseEvent<InspectorReportStatus, InspectorReportAction>
{
    private InspectorReportEvent()
    {
    }

    internal InspectorReportEvent(DateTime atUtc, string actor, InspectorReportAction action, InspectorReportStatus from, InspectorReportStatus to, string? comment, bool isPublic)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic)
    {
    }
}
