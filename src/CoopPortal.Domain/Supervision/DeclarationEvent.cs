using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Supervision;

/// <summary>A line of a self-declaration's history.</summary>
public sealed class DeclarationEvent : CaseEvent<DeclarationStatus, DeclarationAction>
{
    private DeclarationEvent()
    {
    }

    internal DeclarationEvent(DateTime atUtc, string actor, DeclarationAction action, DeclarationStatus from, DeclarationStatus to, string? comment)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic: true)
    {
    }
}
