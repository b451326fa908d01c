using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Assemblies;

/// <summary>A line of a general assembly's history.</summary>
public sealed class GeneralAssemblyEvent : CaseEvent<GeneralAssemblyStatus, GeneralAssemblyAction>
{
    private GeneralAssemblyEvent()
    {
    }

    internal GeneralAssemblyEvent(DateTime atUtc, string actor, GeneralAssemblyAction action, GeneralAssemblyStatus from, GeneralAssemblyStatus to, string? comment, bool isPublic)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic)
    {
    }
}
