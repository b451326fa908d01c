using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>The bell: the signed-in person's notifications, newest first, the unread count, and marking them read.</summary>
public sealed class MyNotificationsHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, TimeProvider clock)
{
    public async Task<NotificationList> ListAsync(int take, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return new NotificationList([], 0);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        var items = await mine.OrderByDescending(n => n.CreatedAtUtc).Take(Math.Clamp(take, 1, 100))
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken);
        return new NotificationList(items, await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken));
    }

    /// <summary>The caller's unread notifications, for the bell in the app bar (0 for a visitor).</summary>
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAtUtc == null, cancellationToken);
    }

    /// <summary>Marks one notification (or, with null, all) of the caller as read; others' notifications are untouched.</summary>
    public async Task MarkReadAsync(Guid? notificationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var unread = await db.Notifications
            .Where(n => n.UserId == user.UserId && n.ReadAtUtc == null && (notificationId == null || n.Id == notificationId))
            .ToListAsync(cancellationToken);
        foreach (var n in unread)
        {
            n.MarkRead(clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
