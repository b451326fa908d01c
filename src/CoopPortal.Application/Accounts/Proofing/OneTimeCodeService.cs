using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Proofing;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>
/// Sends SMS one-time codes and checks them: the code's own rules are in <see cref="OneTimeCode"/> (hashed, three
/// minutes, five tries, once), the sending rules in <see cref="OneTimeCodeThrottle"/>.
/// </summary>
public sealed class OneTimeCodeService(IAppDbContextFactory dbFactory, ISmsGateway sms, PortalClock clock)
{
    public const string WrongCode = "کد واردشده درست نیست.";
    public const string ExpiredCode = "این کد منقضی شده است؛ کد تازه بخواهید.";
    public const string DeadCode = "کد چند بار نادرست وارد شد و دیگر پذیرفته نمی‌شود؛ کد تازه بخواهید.";
    public const string CodeRequired = "کد پیامک‌شده را وارد کنید.";
    public const string GatewayFailedMessage = "ارسال پیامک اکنون ممکن نشد. چند دقیقه دیگر دوباره تلاش کنید.";

    /// <summary>The Persian message for a wait before the next code.</summary>
    public static string ThrottledMessage(TimeSpan wait) =>
        $"کد تازه را {PersianFormat.Number((long)Math.Ceiling(wait.TotalSeconds))} ثانیه دیگر می‌توانید بخواهید.";

    /// <summary>The message for a refused check, or null when accepted.</summary>
    public static string? Message(OneTimeCodeCheck check) => check switch
    {
        OneTimeCodeCheck.Accepted => null,
        OneTimeCodeCheck.Wrong => WrongCode,
        OneTimeCodeCheck.TooManyAttempts => DeadCode,
        _ => ExpiredCode,
    };

    /// <summary>The SMS text (Persian, Persian digits).</summary>
    public static string SmsText(OneTimeCodePurpose purpose, string code) =>
        (purpose == OneTimeCodePurpose.SignIn ? "کد ورود" : "کد تأیید تلفن همراه")
        + $" شما در سامانه خدمات الکترونیکی تعاون: {PersianDigits.ToPersian(code)}\n"
        + $"این کد تا {PersianFormat.Number((long)OneTimeCode.Lifetime.TotalMinutes)} دقیقه معتبر است. آن را به هیچ‌کس ندهید.";

    /// <summary>
    /// Issues a code for the account and purpose and texts it to <paramref name="mobile"/>, unless throttled. The throttle
    /// counts the account's codes of the purpose to that mobile: an account given back to its national code's holder
    /// (a new mobile, <see cref="IAccountProofing.ReclaimAsync"/>) is not held up by the codes its squatter asked for.
    /// </summary>
    public Task<(OneTimeCodeSent Outcome, TimeSpan Wait)> SendAsync(string userId, OneTimeCodePurpose purpose, string mobile, CancellationToken cancellationToken) =>
        SendAsync(userId, purpose, mobile, byMobileToo: false, cancellationToken);

    /// <summary>
    /// Like <see cref="SendAsync(string, OneTimeCodePurpose, string, CancellationToken)"/>, throttled also by the mobile
    /// (the codes any account had sent there): for a number nobody has proven yet, such as the one a registration
    /// names, so that registering new national codes with someone else's number cannot flood their phone.
    /// </summary>
    public Task<(OneTimeCodeSent Outcome, TimeSpan Wait)> SendToUnprovenMobileAsync(string userId, OneTimeCodePurpose purpose, string mobile, CancellationToken cancellationToken) =>
        SendAsync(userId, purpose, mobile, byMobileToo: true, cancellationToken);

    private async Task<(OneTimeCodeSent Outcome, TimeSpan Wait)> SendAsync(
        string userId, OneTimeCodePurpose purpose, string mobile, bool byMobileToo, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var recent = await db.OneTimeCodes
            .Where(c => ((c.UserId == userId && c.Purpose == purpose && c.Mobile == mobile) || (byMobileToo && c.Mobile == mobile)) && c.CreatedAtUtc > now.AddHours(-1))
            .Select(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
        var wait = OneTimeCodeThrottle.WaitBeforeNext(recent, now);
        if (wait > TimeSpan.Zero)
        {
            return (OneTimeCodeSent.Throttled, wait);
        }

        var (entity, code) = OneTimeCode.Issue(userId, purpose, mobile, now);
        db.OneTimeCodes.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        var sent = await sms.SendAsync(mobile, SmsText(purpose, code), cancellationToken).ConfigureAwait(false);
        return (sent ? OneTimeCodeSent.Sent : OneTimeCodeSent.GatewayFailed, TimeSpan.Zero);
    }

    /// <summary>
    /// Checks a typed code (Persian or ASCII digits) against the account's latest code of the purpose; on acceptance also
    /// returns the mobile the code was sent to.
    /// </summary>
    public async Task<(OneTimeCodeCheck Check, string? Mobile)> VerifyAsync(string userId, OneTimeCodePurpose purpose, string? typed, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var latest = await db.OneTimeCodes.Where(c => c.UserId == userId && c.Purpose == purpose)
            .OrderByDescending(c => c.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return (OneTimeCodeCheck.Expired, null);
        }

        var check = latest.Check(PersianDigits.ToAscii(typed), clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return (check, check == OneTimeCodeCheck.Accepted ? latest.Mobile : null);
    }
}
