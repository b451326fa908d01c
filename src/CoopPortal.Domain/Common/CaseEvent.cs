namespace CoopPortal.Domain.Common;

/// <summary>
/// One line of a case's history (founding assembly, self-declaration): who did what, when, from which status to which,
/// and why. Appended only; public lines form the applicant's or manager's timeline, the office sees all.
/// </summary>
public abstract class CaseEvent
{
    protected CaseEvent()
    {
    }

    protected CaseEvent(DateTime atUtc, string actorUserId, string action, string fromStatus, string toStatus, string? comment, bool isPublic)
    {
        Id = Guid.NewGuid();
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Comment = comment;
        IsPublic = isPublic;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorUserId { get; private set; } = string.Empty;

    /// <summary>The action's name (the enum member of the case's workflow).</summary>
    public string Action { get; private set; } = string.Empty;

    public string FromStatus { get; private set; } = string.Empty;

    public string ToStatus { get; private set; } = string.Empty;

    public string? Comment { get; private set; }

    public bool IsPublic { get; private set; }
}
