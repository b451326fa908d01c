using CoopPortal.Domain.Notifications;
using CoopPortal.Infrastructure.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoopPortal.Infrastructure.Notifications;

/// <summary>
/// Sends the email copy of notifications through MailKit. A failed send is recorded on the notification and retried
/// later with growing waits; it never touches the decision that caused it, which was saved before. Several portal
/// instances dispatch at once without sending a row twice (ADR 16): each run first claims its rows in one statement
/// (<c>FOR UPDATE SKIP LOCKED</c>, a claimed row's next attempt moved <see cref="ClaimLease"/> ahead), so another
/// dispatcher neither waits for them nor sees them due; the claim ends with the send (sent, or failed with its retry
/// time), or, if the instance dies meanwhile, when the lease runs out and another instance sends it.
/// </summary>
public sealed class EmailDispatcher(IDbContextFactory<AppDbContext> factory, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<EmailDispatcher> logger)
{
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var claimed = await ClaimAsync(db, now, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var pending = await db.Notifications
            .Where(n => claimed.Contains(n.Id))
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { Notification = n, u.Email, u.FullName })
            .OrderBy(x => x.Notification.CreatedAtUtc)
            .ToListAsync(cancellationToken);

        var sent = 0;
        var attempted = new HashSet<Guid>();
        using var client = new SmtpClient { Timeout = 15_000 };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
            }

            foreach (var item in pending)
            {
                attempted.Add(item.Notification.Id);
                try
                {
                    await client.SendAsync(Message(smtp, item.Email!, item.FullName, item.Notification), cancellationToken);
                    item.Notification.EmailSent(now);
                    sent++;
                }
                catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException)
                {
                    item.Notification.EmailFailed(now, ex.Message);
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or TimeoutException)
        {
            logger.LogWarning("Sending notification emails failed ({Error}); they will be retried.", ex.Message);
            foreach (var item in pending.Where(p => !attempted.Contains(p.Notification.Id)))
            {
                item.Notification.EmailFailed(now, ex.Message);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>How long a claimed row is hidden from the other dispatchers (far longer than one run's sends take).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>Claims up to 100 due notifications of users with an email address, oldest first; rows another dispatcher holds are skipped.</summary>
    private static async Task<List<Guid>> ClaimAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var leaseUntil = now + ClaimLease;
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE notifications SET "EmailNextAttemptAtUtc" = {leaseUntil}
            WHERE "Id" IN (
                SELECT n."Id" FROM notifications n JOIN "AspNetUsers" u ON u."Id" = n."UserId"
                WHERE n."EmailSentAtUtc" IS NULL AND n."EmailAttempts" < {Notification.MaxEmailAttempts}
                  AND (n."EmailNextAttemptAtUtc" IS NULL OR n."EmailNextAttemptAtUtc" <= {now}) AND u."Email" IS NOT NULL
                ORDER BY n."CreatedAtUtc"
                LIMIT 100
                FOR UPDATE OF n SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
    }

    private static MimeMessage Message(SmtpOptions smtp, string email, string fullName, Notification notification)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(fullName, email));
        message.Subject = notification.Title;
        message.Body = new TextPart("plain")
        {
            Text = $"{fullName} گرامی،\n\n{notification.Body}\n\nبرای دیدن جزئیات به سامانه خدمات الکترونیکی تعاون وارد شوید.\n",
        };
        return message;
    }
}
