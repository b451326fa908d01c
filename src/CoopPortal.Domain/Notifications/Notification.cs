namespace CoopPortal.Domain.Notifications;

/// <summary>An in-app message to one person (the bell), written in the same transaction as the change it reports.</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(string userId, string title, string body, string? link, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Id = Guid.NewGuid();
        UserId = userId;
        Title = title;
        Body = body;
        Link = link;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    /// <summary>Where the person goes to act on it (relative URL).</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    /// <summary>When the copy by email was sent (null while pending, or when there is no SMTP server).</summary>
    public DateTime? EmailSentAtUtc { get; private set; }

    public int EmailAttempts { get; private set; }

    /// <summary>When to try the email again after a failure; null when no further try is due.</summary>
    public DateTime? EmailNextAttemptAtUtc { get; private set; }

    public string? EmailLastError { get; private set; }

    public const int MaxEmailAttempts = 6;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    public void EmailSent(DateTime nowUtc)
    {
        EmailSentAtUtc = nowUtc;
        EmailNextAttemptAtUtc = null;
        EmailAttempts++;
    }

    /// <summary>Records a failed send; the next try waits longer each time (1, 4, 16, 64 … minutes) and stops after six.</summary>
    public void EmailFailed(DateTime nowUtc, string error)
    {
        EmailAttempts++;
        EmailLastError = error.Length > 500 ? error[..500] : error;
        EmailNextAttemptAtUtc = EmailAttempts >= MaxEmailAttempts ? null : nowUtc.AddMinutes(Math.Pow(4, EmailAttempts - 1));
    }
}
