using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Festival;

/// <summary>A line of a festival case's history (append-only).</summary>
public sealed class FestivalEvent : CaseEvent<FestivalStatus, FestivalAction>
{
    private FestivalEvent()
    {
    }

    internal FestivalEvent(DateTime atUtc, string actor, FestivalAction action, FestivalStatus from, FestivalStatus to, string? comment, bool isPublic)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic)
    {
    }
}
