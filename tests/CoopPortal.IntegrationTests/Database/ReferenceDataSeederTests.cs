using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// The reference data is seeded at every start-up (after the migrations): only what is missing is inserted, and what an
/// administrator changed stays changed.
/// </summary>
public sealed class ReferenceDataSeederTests : IClassFixture<PortalFixture>
{
    private static readonly string[] ReferenceTables =
        ["provinces", "counties", "activity_types", "membership_types", "orientations", "document_types", "\"AspNetRoles\""];

    private const int BorderResidents = 15;

    private readonly PortalFixture _fixture;

    public ReferenceDataSeederTests(PortalFixture fixture) => _fixture = fixture;

    private Task<AppDbContext> NewContextAsync() =>
        _fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Seeding_twice_changes_nothing_and_keeps_an_administrators_edits()
    {
        await using (var db = await NewContextAsync())
        {
            var orientation = await db.Orientations.SingleAsync(o => o.Id == BorderResidents);
            orientation.Change("مرزنشینان استان", 30, isActive: false, orientation.RequiresActivityLicence);
            var other = await db.DocumentTypes.SingleAsync(t => t.Kind == DocumentKind.Other);
            other.Change("مدارک دیگر", "هر پیوست دیگر.", 9, isActive: false);
            await db.SaveChangesAsync();
        }

        var before = await SnapshotAsync();

        for (var run = 0; run < 2; run++)
        {
            await using var db = await NewContextAsync();
            Assert.Equal(0, await ReferenceDataSeeder.SeedAsync(db));
        }

        // xmin is in the snapshot: a row written again, even with the same values, would show.
        Assert.Equal(before, await SnapshotAsync());
        await using (var db = await NewContextAsync())
        {
            var orientation = await db.Orientations.SingleAsync(o => o.Id == BorderResidents);
            Assert.Equal(("مرزنشینان استان", 30, false), (orientation.Title, orientation.SortOrder, orientation.IsActive));
            var other = await db.DocumentTypes.SingleAsync(t => t.Kind == DocumentKind.Other);
            Assert.Equal(("مدارک دیگر", "هر پیوست دیگر.", 9, false), (other.Title, other.Description, other.SortOrder, other.IsActive));
        }
    }

    [Fact]
    public async Task A_missing_row_is_inserted_again_as_the_catalog_has_it()
    {
        const int PublicJointStock = 4;
        await using (var db = await NewContextAsync())
        {
            Assert.Equal(0, await ReferenceDataSeeder.SeedAsync(db));
            Assert.Equal(1, await db.MembershipTypes.Where(m => m.Id == PublicJointStock).ExecuteDeleteAsync());
        }

        await using (var db = await NewContextAsync())
        {
            Assert.Equal(1, await ReferenceDataSeeder.SeedAsync(db));
        }

        await using (var db = await NewContextAsync())
        {
            var restored = await db.MembershipTypes.SingleAsync(m => m.Id == PublicJointStock);
            var catalog = ReferenceCatalog.MembershipTypes.Single(m => m.Id == PublicJointStock);
            Assert.Equal((catalog.Code, catalog.Title, catalog.SortOrder, true), (restored.Code, restored.Title, restored.SortOrder, restored.IsActive));
            Assert.Equal(ReferenceCatalog.MembershipTypes.Count, await db.MembershipTypes.CountAsync());
        }
    }

    private async Task<List<string>> SnapshotAsync()
    {
        var rows = new List<string>();
        foreach (var table in ReferenceTables)
        {
            rows.AddRange((await DatabaseCatalog.RowsAsync(_fixture.Factory.ConnectionString, table, "xmin::text AS xmin, *")).Select(r => $"{table}: {r}"));
        }

        return rows;
    }
}
