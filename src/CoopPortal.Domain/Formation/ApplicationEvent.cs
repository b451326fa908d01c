using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// One line of an application's history: who did what, when, from which status to which, and why. Appended only.
/// Public events form the applicant's timeline; the reviewers see all.
/// </summary>
public sealed class ApplicationEvent : CaseEvent<ApplicationStatus, WorkflowAction>
{
    private ApplicationEvent()
    {
    }

    internal ApplicationEvent(Guid id, DateTime atUtc, string actorUserId, WorkflowAction action, ApplicationStatus from, ApplicationStatus to, string? comment, bool isPublic, DateTime? fromStatusSinceUtc = null)
        : base(id, atUtc, actorUserId, action, from, to, comment, isPublic)
    {
        FromStatusSinceUtc = fromStatusSinceUtc;
    }

    /// <summary>
    /// When the application entered <see cref="FromStatus"/>: with <see cref="AtUtc"/> it gives the time the workflow
    /// step took (null on lines written before this was kept and not recoverable).
    /// </summary>
    public DateTime? FromStatusSinceUtc { get; private set; }
}
