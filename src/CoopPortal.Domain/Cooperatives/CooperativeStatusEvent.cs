using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// A line of a cooperative's status history (append-only in the database): who took which step of
/// <see cref="CooperativeLifecycle.Machine"/>, when, from which status to which, why (the comment) and on which legal
/// ground, when the step names one. <see cref="Sequence"/> numbers the lines of one cooperative from 1, so two steps in
/// the same instant keep their order (and a step taken on a copy that did not load the history cannot be stored: unique).
/// </summary>
public sealed class CooperativeStatusEvent : CaseEvent<CooperativeStatus, CooperativeStatusAction>
{
    private CooperativeStatusEvent()
    {
    }

    internal CooperativeStatusEvent(
        int sequence, DateTime atUtc, string actor, CooperativeStatusAction action, CooperativeStatus from, CooperativeStatus to, string? reason, string? legalGround)
        : base(Guid.NewGuid(), atUtc, actor, action, from, to, reason, isPublic: true)
    {
        Sequence = sequence;
        LegalGround = legalGround;
    }

    /// <summary>The line's number in the cooperative's history, from 1.</summary>
    public int Sequence { get; private set; }

    /// <summary>The legal ground the step rests on (a dissolution decision's article), when it names one.</summary>
    public string? LegalGround { get; private set; }
}
