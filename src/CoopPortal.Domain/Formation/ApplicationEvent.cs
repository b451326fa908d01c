namespace CoopPortal.Domain.Formation;

/// <summary>
/// One line of an application's history: who did what, when, from which status to which, and why. Appended only.
/// Public events form the applicant's timeline; the reviewers see all.
/// </summary>
public sealed class ApplicationEvent
{
    private ApplicationEvent()
    {
    }

    internal ApplicationEvent(Guid id, DateTime atUtc, string actorUserId, WorkflowAction action, ApplicationStatus from, ApplicationStatus to, string? comment, bool isPublic, DateTime? fromStatusSinceUtc = null)
    {
        FromStatusSinceUtc = fromStatusSinceUtc;
        Id = id;
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        FromStatus = from;
        ToStatus = to;
        Comment = comment;
        IsPublic = isPublic;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorUserId { get; private set; } = string.Empty;

    public WorkflowAction Action { get; private set; }

    public ApplicationStatus FromStatus { get; private set; }

    public ApplicationStatus ToStatus { get; private set; }

    public string? Comment { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>
    /// When the application entered <see cref="FromStatus"/>: with <see cref="AtUtc"/> it gives the time the workflow
    /// step took (null on lines written before this was kept and not recoverable).
    /// </summary>
    public DateTime? FromStatusSinceUtc { get; private set; }
}
