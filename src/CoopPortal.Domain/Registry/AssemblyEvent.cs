using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Registry;

/// <summary>A line of a founding assembly's history.</summary>
public sealed class AssemblyEvent : CaseEvent
{
    private AssemblyEvent()
    {
    }

    internal AssemblyEvent(DateTime atUtc, string actor, AssemblyAction action, AssemblyStatus from, AssemblyStatus to, string? comment)
        : base(atUtc, actor, action.ToString(), from.ToString(), to.ToString(), comment, isPublic: true)
    {
    }
}
