using CoopPortal.Application.Accounts.Login;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// Password sign-in with a national code or an email. Failures count towards lockout (5, then 15 minutes). An unknown
/// identifier and a locked account cost the same hashing work and get the same messages, lockout included, so answers
/// reveal nothing, not even by their timing. The failures of an unknown identifier are counted in the database
/// (<c>unknown_login_failures</c>), like a real account's, so every portal instance locks it at the same try.
/// </summary>
public sealed class AccountSignInService(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    TwoFactorAccounts twoFactor,
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IOptions<IdentityOptions> identityOptions)
{
    public const string WrongTwoFactorCode = "کد ورود درست نیست. کد ۶ رقمی تازه‌ای را که برنامه احراز هویت نشان می‌دهد وارد کنید.";
    public const string WrongRecoveryCode = "کد بازیابی درست نیست یا پیش از این به کار رفته است.";
    public const string TwoFactorExpired = "زمان ورود به پایان رسید. دوباره کد ملی یا ایمیل و رمز عبور را وارد کنید.";

    public const string FailedMessage = "کد ملی یا ایمیل، یا رمز عبور درست نیست.";
    public const string LockedOutMessage = "به دلیل چند بار ورود ناموفق، ورود به این حساب تا ۱۵ دقیقه ممکن نیست. پس از آن دوباره تلاش کنید.";

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<ApplicationUser>(
        Options.Create(new PasswordHasherOptions { IterationCount = IdentitySetup.PasswordIterations })).HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> PasswordSignInAsync(string? identifierInput, string? password)
    {
        var identifier = LoginIdentifier.Parse(identifierInput);
        var user = identifier is null ? null
            : identifier.Value.IsEmail ? await users.FindByEmailAsync(identifier.Value.Value)
            : await users.FindByNameAsync(identifier.Value.Value);

        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), DummyHash.Value, password ?? string.Empty);
            return await CountUnknownFailureAsync(identifier?.Value ?? identifierInput?.Trim() ?? string.Empty);
        }

        // Identity answers a locked account without hashing: hash the dummy so it takes as long as any other answer.
        if (await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(user, DummyHash.Value, password ?? string.Empty);
            return SignInOutcome.LockedOut;
        }

        var result = await signInManager.PasswordSignInAsync(user, password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return await twoFactor.MustEnrolAsync(user) ? SignInOutcome.MustEnrol : SignInOutcome.Succeeded;
        }

        return result.RequiresTwoFactor ? SignInOutcome.RequiresTwoFactor
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }

    /// <summary>The account whose password was just accepted and who now owes a second factor, or null (expired, or none).</summary>
    public Task<ApplicationUser?> PendingTwoFactorUserAsync() => signInManager.GetTwoFactorAuthenticationUserAsync();

    /// <summary>Second step with the authenticator's code (wrong codes count towards the lockout). No "remember this device".</summary>
    public async Task<SignInOutcome> AuthenticatorSignInAsync(string? code)
    {
        var normalized = TwoFactorAccounts.NormalizeCode(code);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(normalized, isPersistent: false, rememberClient: false);
        return result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    /// <summary>Second step with one of the recovery codes; a code works once.</summary>
    public async Task<SignInOutcome> RecoveryCodeSignInAsync(string? code)
    {
        var normalized = new string(Domain.Common.PersianDigits.ToAscii(code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(normalized);
        return result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    private async Task<SignInOutcome> CountUnknownFailureAsync(string key)
    {
        var lockout = identityOptions.Value.Lockout;
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + lockout.DefaultLockoutTimeSpan;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        await using var db = await dbFactory.CreateDbContextAsync();
        // One statement counts atomically across instances; a count whose time is over starts again at one.
        var count = await db.Database.SqlQuery<int>($"""
            INSERT INTO unknown_login_failures AS f ("KeyHash", "Count", "ExpiresAtUtc") VALUES ({hash}, 1, {expires})
            ON CONFLICT ("KeyHash") DO UPDATE SET
                "Count" = CASE WHEN f."ExpiresAtUtc" <= {now} THEN 1 ELSE f."Count" + 1 END,
                "ExpiresAtUtc" = CASE WHEN f."ExpiresAtUtc" <= {now} THEN {expires} ELSE f."ExpiresAtUtc" END
            RETURNING "Count" AS "Value"
            """).ToListAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM unknown_login_failures WHERE \"ExpiresAtUtc\" < {now}");
        return count.Single() >= lockout.MaxFailedAccessAttempts ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }
}
