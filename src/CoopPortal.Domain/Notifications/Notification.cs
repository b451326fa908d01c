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

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
