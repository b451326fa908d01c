using System.Globalization;
using System.Text;
using CoopPortal.Domain.Common;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// Two-factor log-in with an authenticator app (TOTP, RFC 6238) on Identity's built-in authenticator support: enrolment
/// (a shared key shown as a QR code and as text, confirmed by a first code), ten single-use recovery codes, and turning
/// it off (citizens only: staff in <see cref="Domain.Users.Roles.RequireTwoFactor"/> must keep it). Every change writes a
/// new security stamp, which ends the account's other sessions.
/// </summary>
public sealed class TwoFactorAccounts(UserManager<ApplicationUser> users)
{
    public const int RecoveryCodeCount = 10;
    public const string Issuer = "CoopPortal";

    public const string WrongCode = "کد تأیید درست نیست. کد ۶ رقمی تازه‌ای را که برنامه احراز هویت نشان می‌دهد وارد کنید.";
    public const string StaffMustKeep = "ورود دومرحله‌ای برای کارکنان اداره کل و مدیر سامانه الزامی است و خاموش نمی‌شود.";

    /// <summary>True when the account holds a role that must log in with a second factor.</summary>
    public async Task<bool> MustUseTwoFactorAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await users.GetRolesAsync(user);
        return roles.Any(r => Domain.Users.Roles.RequireTwoFactor.Contains(r, StringComparer.Ordinal));
    }

    /// <summary>True when the account must use a second factor and has not enrolled yet: it may only enrol.</summary>
    public async Task<bool> MustEnrolAsync(ApplicationUser user) =>
        !await users.GetTwoFactorEnabledAsync(user) && await MustUseTwoFactorAsync(user);

    /// <summary>The key to enrol with (a new one when the account has none yet).</summary>
    public async Task<AuthenticatorSetup> SetupAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it renews the security stamp, which would end the session showing the key.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
        }

        return new AuthenticatorSetup(key!, FormatKey(key!), AuthenticatorUri(user.NationalCode, key!));
    }

    /// <summary>
    /// Turns two-factor log-in on when <paramref name="code"/> is right; returns the new recovery codes (shown once), or
    /// null for a wrong code.
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(ApplicationUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var normalized = NormalizeCode(code);
        if (normalized.Length == 0
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalized))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewRecoveryCodesAsync(user);
    }

    /// <summary>New recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(ApplicationUser user)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return codes?.ToList() ?? [];
    }

    public Task<int> RecoveryCodesLeftAsync(ApplicationUser user) => users.CountRecoveryCodesAsync(user);

    /// <summary>Turns two-factor log-in off and forgets the key (refused for staff); null when done, else the Persian refusal.</summary>
    public async Task<string?> DisableAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await MustUseTwoFactorAsync(user))
        {
            return StaffMustKeep;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        return null;
    }

    /// <summary>A code as typed: Persian or Arabic-Indic digits become ASCII, spaces and dashes go.</summary>
    public static string NormalizeCode(string? code) =>
        new(PersianDigits.ToAscii(code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The otpauth URI (Key Uri Format) that authenticator apps read from the QR code.</summary>
    public static string AuthenticatorUri(string accountName, string key) => string.Format(
        CultureInfo.InvariantCulture,
        "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
        Uri.EscapeDataString(Issuer),
        Uri.EscapeDataString(accountName),
        key);
}
