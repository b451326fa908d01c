using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Dormancy;

/// <summary>A line of a dormancy case's history (append-only).</summary>
public sealed class DormancyEvent : CaseEvent<DormancyStatus, DormancyAction>
{
    private DormancyEvent()
    {
    }

    internal DormancyEvent(DateTime atUtc, string actor, DormancyAction action, DormancyStatus from, DormancyStatus to, string? comment, bool isPublic)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic)
    {
    }
}
