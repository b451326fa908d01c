using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Supervision;

/// <summary>A line of a self-declaration's history.</summary>
public sealed class DeclarationEvent : CaseEvent
{
    private DeclarationEvent()
    {
    }

    internal DeclarationEvent(DateTime atUtc, string actor, DeclarationAction action, DeclarationStatus from, DeclarationStatus to, string? comment)
        : base(atUtc, actor, action.ToString(), from.ToString(), to.ToString(), comment, isPublic: true)
    {
    }
}
