namespace CoopPortal.Application.Notifications;

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int UnreadCount);
