using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Testing;

/// <summary>Accounts made straight through Identity for tests that start after registration (staff, managers).</summary>
public static class TestAccounts
{
    /// <summary>
    /// Creates the account with one role (and the province of provincial staff); throws when Identity refuses. Its
    /// national code is proven (mobile verified, <see cref="Domain.Users.IdentityProof.Provisioned"/>) unless
    /// <paramref name="proven"/> is false, as for an account that has only registered.
    /// </summary>
    public static async Task<ApplicationUser> CreateAsync(
        IServiceProvider services, string nationalCode, string fullName, string role, int? provinceId, string password, string emailPrefix = "t",
        bool proven = true, string mobile = "09120000000")
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = nationalCode,
            NationalCode = nationalCode,
            Email = $"{emailPrefix}.{nationalCode}@example.ir",
            FullName = fullName,
            PhoneNumber = mobile,
            PhoneNumberConfirmed = proven,
            IdentityProvenAtUtc = proven ? DateTime.UtcNow : null,
            IdentityProof = proven ? Domain.Users.IdentityProof.Provisioned : Domain.Users.IdentityProof.None,
            ProvinceId = provinceId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        if (Domain.Users.Roles.RequireTwoFactor.Contains(role, StringComparer.Ordinal))
        {
            // Staff log in with two factors; their authenticator holds the shared test key (FormClient, e2e helpers).
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;
    }

    /// <summary>The authenticator key of staff made here and of the staff demo accounts.</summary>
    public const string AuthenticatorKey = Infrastructure.Seeding.DemoAccounts.AuthenticatorKey;

    /// <summary>
    /// Authenticator keys the test helpers enrolled (by national code or email, as typed at log-in); anyone else uses
    /// <see cref="AuthenticatorKey"/>.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Enrolled = new(StringComparer.OrdinalIgnoreCase);

    public static void RememberKey(string identifier, string key) => Enrolled[identifier.Trim()] = key;

    public static string KeyOf(string identifier) => Enrolled.TryGetValue(identifier.Trim(), out var key) ? key : AuthenticatorKey;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
