using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Registry;

/// <summary>A line of a founding assembly's history.</summary>
public sealed class AssemblyEvent : CaseEvent<AssemblyStatus, AssemblyAction>
{
    private AssemblyEvent()
    {
    }

    internal AssemblyEvent(DateTime atUtc, string actor, AssemblyAction action, AssemblyStatus from, AssemblyStatus to, string? comment)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic: true)
    {
    }
}
