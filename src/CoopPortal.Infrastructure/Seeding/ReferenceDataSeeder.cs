using System.Linq.Expressions;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.ReferenceData;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Seeding;

/// <summary>
/// The reference data every database needs: Iran's 31 provinces and 448 counties (the JSON embedded in this assembly,
/// <see cref="IranDivisions"/>), the activity types, membership types and orientations (<see cref="ReferenceCatalog"/>),
/// the built-in document kinds (<see cref="DocumentTypeCatalog.Defaults"/>) and the Identity roles (fixed ids). It is
/// inserted after the migrations, by the portal at start-up and by `dotnet ef database update` or a bundle
/// (docs/database-migrations.md). Only missing rows are inserted, by key: a row that exists is never changed, so an
/// administrator's edits of orientations and document kinds (titles, order, active flags) stay as they are.
/// </summary>
public static class ReferenceDataSeeder
{
    /// <summary>Any number of portals starting on one database seed one after the other (a transaction-level lock).</summary>
    private const long AdvisoryLockKey = 0x436F_6F70_5265_6644; // "CoopRefD"

    /// <summary>Inserts the missing reference rows and returns how many it inserted (0 on a seeded database).</summary>
    public static async Task<int> SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // EF's Migrate may already run the seeding inside its own transaction; otherwise take one.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        var added = 0;
        added += await AddMissingAsync(db.Provinces, p => p.Id, IranDivisions.Provinces.Select(p => new Province(p.Id, p.Name, p.Code)), cancellationToken);
        added += await AddMissingAsync(db.Counties, c => c.Id, IranDivisions.Counties.Select(c => new County(c.Id, c.Name, c.ProvinceId, c.Code)), cancellationToken);
        added += await AddMissingAsync(db.ActivityTypes, a => a.Id, ReferenceCatalog.ActivityTypes.Select(a => new ActivityType(a.Id, a.Code, a.Title, a.SortOrder)), cancellationToken);
        added += await AddMissingAsync(db.MembershipTypes, m => m.Id, ReferenceCatalog.MembershipTypes.Select(m => new MembershipType(m.Id, m.Code, m.Title, m.SortOrder)), cancellationToken);
        added += await AddMissingAsync(db.Orientations, o => o.Id, ReferenceCatalog.Orientations.Select(o => new Orientation(o.Id, o.Code, o.Title, o.SortOrder, o.RequiresActivityLicence)), cancellationToken);
        added += await AddMissingAsync(db.DocumentTypes, t => t.Kind, DocumentTypeCatalog.Defaults.Select(t => new DocumentType(t.Kind, t.Title, t.Description, t.SortOrder)), cancellationToken);
        added += await AddMissingAsync(db.Roles, r => r.Id, RoleSeed.Roles.Select(r => new IdentityRole(r.Name!) { Id = r.Id, NormalizedName = r.NormalizedName, ConcurrencyStamp = r.ConcurrencyStamp }), cancellationToken);

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>Adds to the context the rows whose key the table does not hold yet.</summary>
    private static async Task<int> AddMissingAsync<T, TKey>(DbSet<T> table, Expression<Func<T, TKey>> key, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        var existing = (await table.Select(key).ToListAsync(cancellationToken)).ToHashSet();
        var keyOf = key.Compile();
        var missing = rows.Where(row => !existing.Contains(keyOf(row))).ToList();
        table.AddRange(missing);
        return missing.Count;
    }
}
