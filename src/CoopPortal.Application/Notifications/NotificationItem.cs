using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

public sealed record NotificationItem(Guid Id, string Title, string Body, string? Link, DateTime CreatedAtUtc, bool IsRead);
