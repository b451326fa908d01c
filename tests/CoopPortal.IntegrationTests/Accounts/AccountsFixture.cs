using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>One portal and database for the account tests; each test uses its own national codes.</summary>
public sealed class AccountsFixture : IDisposable
{
    private static int _next = 100;

    public PortalFactory Factory { get; } = new();

    public FormClient NewClient(bool https = false) => new(Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    }));

    /// <summary>A national code no other test uses, valid by the checksum.</summary>
    public static string NewNationalCode()
    {
        while (true)
        {
            var prefix = (Interlocked.Increment(ref _next) * 7919 % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (prefix[i] - '0') * (10 - i);
            }

            var r = sum % 11;
            var check = r < 2 ? r : 11 - r;
            var code = prefix + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (code.Distinct().Count() > 1)
            {
                return code;
            }
        }
    }

    public async Task<ApplicationUser?> FindUserAsync(string nationalCode)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByNameAsync(nationalCode);
    }

    public async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync(user);
    }

    public async Task<int> CountUsersAsync(Func<IQueryable<ApplicationUser>, IQueryable<ApplicationUser>> filter)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await filter(db.Users).CountAsync();
    }

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsFixture>
{
    public const string Name = "accounts";
}
