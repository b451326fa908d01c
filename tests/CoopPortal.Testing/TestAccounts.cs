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
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
