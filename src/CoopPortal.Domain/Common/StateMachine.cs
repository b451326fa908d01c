using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Common;

/// <summary>
/// A workflow as a table that reads like data: from a status, an action leads to a status; anything not in the table
/// is refused with a Persian reason. Used by the registry's cases (founding assembly, self-declaration); roles are
/// checked by the use cases, this is about states only.
/// </summary>
public sealed class StateMachine<TStatus, TAction>(
    IReadOnlyDictionary<(TStatus From, TAction Action), TStatus> transitions,
    Func<TStatus, TAction, string> refusal)
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    public IReadOnlyDictionary<(TStatus From, TAction Action), TStatus> Table => transitions;

    /// <summary>The status the action leads to, or null with the Persian reason it is refused.</summary>
    public (TStatus? To, string? Refusal) Next(TStatus from, TAction action) =>
        transitions.TryGetValue((from, action), out var to) ? (to, null) : (null, refusal(from, action));

    /// <summary>True when the action is allowed from the status.</summary>
    public bool Allows(TStatus from, TAction action) => transitions.ContainsKey((from, action));

    /// <summary>The next status, or a <see cref="DomainException"/> with the Persian reason.</summary>
    public TStatus Move(TStatus from, TAction action)
    {
        var (to, reason) = Next(from, action);
        return to ?? throw new DomainException(reason!);
    }
}

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

/// <summary>An uploaded file's record inside a case; the bytes live in the document store under <see cref="StorageKey"/>.</summary>
public sealed record AttachedFile(Guid Id, string Kind, string FileName, string ContentType, long Size, string Sha256, string StorageKey, DateTime UploadedAtUtc);
