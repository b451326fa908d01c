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
    public PortalFactory Factory { get; } = new();

    public FormClient NewClient(bool https = false) => new(Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    }));

    /// <summary>A national code no other test uses, valid by the checksum.</summary>
    public static string NewNationalCode() => TestNationalCodes.Next();

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
