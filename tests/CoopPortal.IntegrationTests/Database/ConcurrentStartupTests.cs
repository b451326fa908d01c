using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// Several portal instances starting together on one empty database (issue 16): the start-up migrations and seeding
/// take turns under an advisory lock, so every instance starts and the database ends up migrated and seeded once.
/// </summary>
public sealed class ConcurrentStartupTests
{
    [Fact]
    public async Task Two_portals_starting_together_on_an_empty_database_both_start_and_seed_once()
    {
        var connectionString = TestPostgres.CreateDatabase("startup");
        using var first = new PortalFactory(connectionString);
        using var second = new PortalFactory(connectionString);

        // Each factory runs Program.cs up to the start: migrations, reference data, demo accounts.
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using var db = await first.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(31, await db.Provinces.CountAsync());
        Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
        Assert.Equal(1, await db.Cooperatives.CountAsync());
    }
}
