using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Assemblies;

/// <summary>A line of a candidacy's history.</summary>
public sealed class CandidacyEvent : CaseEvent<CandidacyStatus, CandidacyAction>
{
    private CandidacyEvent()
    {
    }

    internal CandidacyEvent(DateTime atUtc, string actor, CandidacyAction action, CandidacyStatus from, CandidacyStatus to, string? comment)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, comment, isPublic: true)
    {
    }
}
