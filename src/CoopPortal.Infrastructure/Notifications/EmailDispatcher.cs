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
/// later with growing waits; it never touches the decision that caused it, which was saved before.
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
        var pending = await db.Notifications
            .Where(n => n.EmailSentAtUtc == null && n.EmailAttempts < Notification.MaxEmailAttempts
                && (n.EmailNextAttemptAtUtc == null || n.EmailNextAttemptAtUtc <= now))
            .Join(db.Users.Where(u => u.Email != null), n => n.UserId, u => u.Id, (n, u) => new { Notification = n, u.Email, u.FullName })
            .OrderBy(x => x.Notification.CreatedAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

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
