namespace CoopPortal.Domain.Common;

/// <summary>
/// One line of a case's history (formation application, founding assembly, self-declaration, and every case after
/// them): who did what, when, from which status to which, and why, typed by the case's own status and action enums
/// (stored as their names). Appended only; public lines form the applicant's or manager's timeline, the office sees
/// all, and the workflow table says which are public.
/// </summary>
public abstract class CaseEvent<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    protected CaseEvent()
    {
    }

    protected CaseEvent(Guid id, DateTime atUtc, string actorUserId, TAction action, TStatus fromStatus, TStatus toStatus, string? comment, bool isPublic)
    {
        Id = id;
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

    public TAction Action { get; private set; }

    public TStatus FromStatus { get; private set; }

    public TStatus ToStatus { get; private set; }

    public string? Comment { get; private set; }

    public bool IsPublic { get; private set; }
}
