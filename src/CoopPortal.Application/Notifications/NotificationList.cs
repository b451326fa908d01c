using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int UnreadCount);
