using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// What <see cref="UserAdministration"/> reads beside the accounts: their stored roles, the derived roles they hold today
/// (the same conditions as <see cref="CurrentUserReader"/>: a proven national code that manages a cooperative, or is
/// its inspector with a term covering today), and the names of provinces and counties.
/// </summary>
internal static class UserAdministrationReads
{
    /// <summary>The accounts that hold <paramref name="role"/>: stored, or (a derived role) through their proven national code.</summary>
    public static IQueryable<ApplicationUser> Holding(AppDbContext db, IQueryable<ApplicationUser> users, string role, DateOnly today)
    {
        var normalized = role.ToUpperInvariant();
        return role switch
        {
            Roles.Inspector => Inspecting(db, users, today),
            Roles.Liquidator => Liquidating(db, users, today),
            Roles.CooperativeManager => users.Where(u => (u.IdentityProvenAtUtc != null && db.Cooperatives.Any(c => c.Managers.Any(m => m.NationalCode == u.NationalCode)))
                || db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized))),
            _ => users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized))),
        };
    }

    /// <summary>The derived roles each of <paramref name="userIds"/> holds today (only accounts holding one are keys).</summary>
    public static async Task<Dictionary<string, IReadOnlyList<string>>> DerivedRolesAsync(AppDbContext db, List<string> userIds, DateOnly today, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id));
        var managers = await users.Where(u => u.IdentityProvenAtUtc != null && db.Cooperatives.Any(c => c.Managers.Any(m => m.NationalCode == u.NationalCode)))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var inspectors = await Inspecting(db, users, today).Select(u => u.Id).ToListAsync(cancellationToken);
        var liquidators = await Liquidating(db, users, today).Select(u => u.Id).ToListAsync(cancellationToken);
        var held = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in userIds)
        {
            var roles = new List<string>();
            if (managers.Contains(id))
            {
                roles.Add(Roles.CooperativeManager);
            }

            if (inspectors.Contains(id))
            {
                roles.Add(Roles.Inspector);
            }

            if (liquidators.Contains(id))
            {
                roles.Add(Roles.Liquidator);
            }

            if (roles.Count > 0)
            {
                held[id] = roles;
            }
        }

        return held;
    }

    public static async Task<Dictionary<string, IReadOnlyList<string>>> RolesOfAsync(AppDbContext db, List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(p => p.Name!).OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList(),
                StringComparer.Ordinal);
    }

    public static Task<Dictionary<int, string>> ProvinceNamesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

    /// <summary>The names of the given counties (a few: the accounts of one page), with their province.</summary>
    public static async Task<Dictionary<int, (string Name, int ProvinceId)>> CountiesAsync(AppDbContext db, IEnumerable<int?> countyIds, CancellationToken cancellationToken)
    {
        var ids = countyIds.OfType<int>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Counties.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (c.Name, c.ProvinceId), cancellationToken);
    }

    /// <summary>Today in Iran, the day an inspector's term is compared with (as <see cref="CurrentUserReader"/> does).</summary>
    public static DateOnly Today(TimeProvider clock) => PersianFormat.LocalDate(clock.GetUtcNow().UtcDateTime);

    private static IQueryable<ApplicationUser> Inspecting(AppDbContext db, IQueryable<ApplicationUser> users, DateOnly today) =>
        users.Where(u => u.IdentityProvenAtUtc != null && db.Cooperatives.Any(c => c.Officers.Any(o =>
            o.Role == OfficerRole.Inspector && o.NationalCode == u.NationalCode
            && (o.TermStartsOn == null || o.TermStartsOn <= today) && o.TermEndsOn != null && o.TermEndsOn >= today)));

    private static IQueryable<ApplicationUser> Liquidating(AppDbContext db, IQueryable<ApplicationUser> users, DateOnly today) =>
        users.Where(u => u.IdentityProvenAtUtc != null && db.Liquidations.Any(l => l.LiquidatorCodes.Contains(u.NationalCode!)
            && l.Status != Domain.Liquidation.LiquidationStatus.StruckOff && l.StartsOn <= today && l.EndsOn >= today));
}
