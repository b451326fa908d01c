using CoopPortal.Application.Accounts.Proofing;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Proofing;
using CoopPortal.Domain.Users;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Accounts.Register;

/// <summary>
/// What follows a registration, out of the registrant's sight (their answer is the same in every case):
/// a new account holding a cooperative manager's national code is reported to the province's office; a second
/// registration of a taken national code tells the code's real holder, by SMS, how to get into the account.
/// </summary>
public sealed class RegistrationFollowUp(
    IAccountProofing accounts, IIdentityCheck identityCheck, ISmsGateway sms, OneTimeCodeService codes, ManagerAccountNotifier notifier,
    IOptions<PortalOptions> portal)
{
    public string LoginSmsUrl => portal.Value.PublicBaseUrl.TrimEnd('/') + "/Account/LoginSms";

    /// <summary>To the account's verified mobile: someone registered with your national code; your account exists.</summary>
    public string RecoveryText =>
        "سامانه خدمات الکترونیکی تعاون: کسی با کد ملی شما ثبت‌نام کرد، اما حساب شما از پیش وجود دارد. "
        + $"اگر خودتان بودید، با کد ملی و کد پیامکی وارد شوید: {LoginSmsUrl} — اگر شما نبودید، کاری لازم نیست.";

    /// <summary>To the mobile the identity check matched: the account made with your code is yours again.</summary>
    public string ReclaimText =>
        "سامانه خدمات الکترونیکی تعاون: حسابی با کد ملی شما پیش‌تر با تلفن همراه دیگری ساخته شده بود. "
        + $"این حساب اکنون به همین شماره بسته شد؛ با کد ملی و کد پیامکی وارد شوید: {LoginSmsUrl} و سپس در «تغییر رمز عبور» رمز تازه تعیین کنید.";

    /// <summary>
    /// A new account: the sign-in code its registrant waits for on the page after the form (the SMS log-in's step, which
    /// confirms the mobile and signs them in: docs/decisions/0021), then the office's notice when the code is a manager's.
    /// </summary>
    public async Task CreatedAsync(NewCitizen citizen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var account = await accounts.FindByNationalCodeAsync(citizen.NationalCode, cancellationToken);
        if (account is { MobileConfirmed: false, LockedOut: false } && account.Mobile == citizen.Mobile)
        {
            // Throttled by the mobile too: the number is only what the form said, nobody has proven it yet.
            await codes.SendToUnprovenMobileAsync(account.UserId, OneTimeCodePurpose.SignIn, citizen.Mobile, cancellationToken);
        }

        await notifier.NotifyAsync(citizen.NationalCode, citizen.FullName, proven: false, cancellationToken);
    }

    public async Task DuplicateAsync(NewCitizen citizen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var existing = await accounts.FindByNationalCodeAsync(citizen.NationalCode, cancellationToken);
        if (existing is null)
        {
            return; // the email was taken, by another national code: nothing to tell anyone
        }

        // Whoever made the account without proving the code loses it to the holder of a line registered to the code.
        if (!existing.Proven && existing.Mobile != citizen.Mobile
            && await identityCheck.CheckAsync(citizen.NationalCode, citizen.Mobile, cancellationToken).ConfigureAwait(false) == IdentityCheckOutcome.Match)
        {
            await accounts.ReclaimAsync(existing.UserId, citizen.Mobile, cancellationToken);
            await sms.SendAsync(citizen.Mobile, ReclaimText, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (existing.MobileConfirmed)
        {
            await sms.SendAsync(existing.Mobile, RecoveryText, cancellationToken).ConfigureAwait(false);
        }
    }
}
