namespace CoopPortal.Application.Notifications;

public sealed record NotificationItem(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc, bool IsRead);
