using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>The migrations build the whole schema on an empty database, and the start-up seeds the reference data.</summary>
public sealed class MigrationTests : IClassFixture<PortalFixture>
{
    private readonly PortalFixture _fixture;

    public MigrationTests(PortalFixture fixture) => _fixture = fixture;

    private AppDbContext CreateContext() =>
        _fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();


    [Fact]
    public async Task Every_migration_is_applied_to_an_empty_database_and_the_model_has_no_pending_changes()
    {
        await using var db = CreateContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var defined = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(defined);
        Assert.Equal(defined, applied);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task Iran_has_31_provinces_and_448_counties_each_in_an_existing_province()
    {
        await using var db = CreateContext();

        Assert.Equal(31, await db.Provinces.CountAsync());
        Assert.Equal(448, await db.Counties.CountAsync());
        Assert.Equal(0, await db.Counties.CountAsync(c => !db.Provinces.Any(p => p.Id == c.ProvinceId)));
    }

    [Fact]
    public async Task Zanjan_has_the_counties_named_in_the_seed_news_item()
    {
        await using var db = CreateContext();
        var zanjan = await db.Provinces.Include(p => p.Counties).SingleAsync(p => p.Name == "زنجان");

        var names = zanjan.Counties.Select(c => c.Name).ToHashSet();
        foreach (var county in new[] { "خدابنده", "زنجان", "خرمدره", "ابهر", "طارم", "ایجرود", "ماهنشان" })
        {
            Assert.Contains(county, names);
        }
    }

    [Fact]
    public async Task Lookups_and_roles_are_seeded()
    {
        await using var db = CreateContext();

        Assert.Equal(3, await db.ActivityTypes.CountAsync());
        Assert.Equal(4, await db.MembershipTypes.CountAsync());
        Assert.Equal(19, await db.Orientations.CountAsync());
        Assert.Contains(await db.Orientations.Select(o => o.Title).ToListAsync(), t => t == "تأمین نیاز مصرف‌کنندگان");
        Assert.Equal(Domain.Formation.DocumentKind.BuiltIn.Select(k => k.Code).Order(), (await db.DocumentTypes.Select(t => t.Kind).ToListAsync()).Select(k => k.Code).Order());
        Assert.Equal(Roles.All.OrderBy(r => r), (await db.Roles.Select(r => r.Name!).ToListAsync()).OrderBy(r => r));
    }

    [Fact]
    public async Task Reference_names_are_stored_normalized()
    {
        await using var db = CreateContext();
        var names = await db.Counties.Select(c => c.Name).ToListAsync();

        Assert.DoesNotContain(names, n => n.Contains('\u064A', StringComparison.Ordinal) || n.Contains('\u0643', StringComparison.Ordinal));
    }
}
