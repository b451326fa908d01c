using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Administration;

/// <summary>
/// One administrative change: who changed what, when, from which value to which, in Persian words. Appended only (the
/// database refuses updates and deletes), like the history of applications.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, string actorUserId, AuditArea area, string subject, string description, string? oldValue, string? newValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Id = Guid.NewGuid();
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Area = area;
        Subject = subject;
        Description = PersianText.Normalize(description);
        OldValue = oldValue;
        NewValue = newValue;
    }

    public Guid Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorUserId { get; private set; } = string.Empty;

    public AuditArea Area { get; private set; }

    /// <summary>What was changed: a user id, a rule's key, a reference-data item.</summary>
    public string Subject { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }
}
