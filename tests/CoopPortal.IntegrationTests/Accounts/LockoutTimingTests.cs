using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>
/// Issue 15 point 9: a locked account costs the same password hashing as a wrong password or an unknown code, so its
/// answer is not faster. Asserted by counting the hasher's work, not by timing.
/// </summary>
public sealed class LockoutTimingTests
{
    private const string Password = "kelid-e-sabz-e-zanjan-1405";

    /// <summary>The real hasher, counting how many hashes it verified.</summary>
    private sealed class CountingHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new(options);

        public static int Verifications;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task A_locked_account_hashes_like_an_unknown_code_and_a_wrong_password()
    {
        using var factory = new PortalFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IPasswordHasher<ApplicationUser>, CountingHasher>()));
        var code = TestNationalCodes.Next();
        await TestAccounts.CreateAsync(app.Services, code, "کاربر آزمون", Roles.Applicant, null, Password, "l");

        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<AccountSignInService>();
        Assert.IsType<CountingHasher>(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().PasswordHasher);

        async Task<(SignInOutcome Outcome, int Hashes)> AttemptAsync(string identifier, string password)
        {
            var before = Volatile.Read(ref CountingHasher.Verifications);
            var outcome = await signIn.PasswordSignInAsync(identifier, password);
            return (outcome, Volatile.Read(ref CountingHasher.Verifications) - before);
        }

        Assert.Equal((SignInOutcome.Failed, 1), await AttemptAsync(code, "not-the-password-1405"));
        Assert.Equal((SignInOutcome.Failed, 1), await AttemptAsync(TestNationalCodes.Next(), "not-the-password-1405"));
        for (var i = 0; i < 4; i++)
        {
            await AttemptAsync(code, "not-the-password-1405");
        }

        Assert.Equal((SignInOutcome.LockedOut, 1), await AttemptAsync(code, "not-the-password-1405"));
        Assert.Equal((SignInOutcome.LockedOut, 1), await AttemptAsync(code, Password));
    }
}
