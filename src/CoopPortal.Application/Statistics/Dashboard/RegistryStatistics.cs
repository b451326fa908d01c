using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>Applications and the registry: by status, formed per county in the year, by orientation and membership type, members.</summary>
internal static class RegistryStatistics
{
    /// <summary>
    /// Applications by status: for the country or a province from the counts the database keeps per province
    /// (<see cref="ApplicationStatusCount"/>); for a county office, which those counts cannot split, from the
    /// applications themselves (a county's are few).
    /// </summary>
    public static async Task<IReadOnlyList<DashboardLine>> ApplicationsByStatusAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var rows = scope.CountyId is null
            ? await scope.Apply(db.ApplicationStatusCounts.AsNoTracking(), c => c.ProvinceId, c => null)
                .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken)
            : (await scope.Apply(db.FormationApplications.AsNoTracking(), a => a.Details.ProvinceId, a => a.Details.CountyId)
                .GroupBy(a => a.Status).Select(g => new { g.Key, Count = (long)g.Count() }).ToListAsync(cancellationToken))
                .Select(r => new { Key = r.Key.ToString(), r.Count }).ToList();
        return rows
            .Where(r => r.Count > 0)
            .Select(r => (Status: Enum.Parse<ApplicationStatus>(r.Key), r.Count))
            .OrderBy(r => r.Status)
            .Select(r => new DashboardLine(ApplicationStatusText.Title(r.Status), r.Count))
            .ToList();
    }

    public static async Task<IReadOnlyList<CountyLine>> FormedByCountyAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var formed = await Cooperatives(db, scope)
            .Where(c => c.RegisteredAtUtc >= scope.FromUtc && c.RegisteredAtUtc < scope.ToUtc)
            .GroupBy(c => c.CountyId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = formed.Select(r => r.Key).OfType<int>().ToList();
        var names = await db.Counties.AsNoTracking().Where(k => ids.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        return formed
            .Select(r => new CountyLine(r.Key, r.Key is { } id && names.TryGetValue(id, out var name) ? name : DashboardQuery.UnknownCounty, r.Count))
            .OrderByDescending(l => l.Count).ThenBy(l => l.County, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The registry in one pass over one index: cooperatives and members by orientation and by membership type, members
    /// by gender (for the cooperatives whose declarations said so), and the totals.
    /// </summary>
    public static async Task<(IReadOnlyList<GroupLine> ByOrientation, IReadOnlyList<GroupLine> ByMembershipType, MemberTotals Members)> RegistryAsync(
        IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var groups = await Cooperatives(db, scope)
            .GroupBy(c => new { c.OrientationId, c.MembershipTypeId })
            .Select(g => new
            {
                g.Key.OrientationId,
                g.Key.MembershipTypeId,
                Count = g.Count(),
                Members = g.Sum(c => (long?)c.MembersCount) ?? 0,
                Women = g.Sum(c => c.MembersWomen != null && c.MembersMen != null ? (long?)c.MembersWomen : 0) ?? 0,
                Men = g.Sum(c => c.MembersWomen != null && c.MembersMen != null ? (long?)c.MembersMen : 0) ?? 0,
                ByGender = g.Count(c => c.MembersWomen != null && c.MembersMen != null),
            })
            .ToListAsync(cancellationToken);
        var orientations = await db.Orientations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => (o.Title, o.SortOrder), cancellationToken);
        var membershipTypes = await db.MembershipTypes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => (o.Title, o.SortOrder), cancellationToken);
        var byOrientation = Lines(groups.GroupBy(g => g.OrientationId).Select(g => (g.Key, g.Sum(x => x.Count), g.Sum(x => x.Members))), orientations);
        var byMembershipType = Lines(groups.GroupBy(g => g.MembershipTypeId).Select(g => (g.Key, g.Sum(x => x.Count), g.Sum(x => x.Members))), membershipTypes);
        var members = new MemberTotals(groups.Sum(g => g.Count), groups.Sum(g => g.Members), groups.Sum(g => g.Women), groups.Sum(g => g.Men), groups.Sum(g => g.ByGender));
        return (byOrientation, byMembershipType, members);
    }

    /// <summary>The registry's cooperatives in the scope (the country, a province or a county office's county).</summary>
    public static IQueryable<Cooperative> Cooperatives(IAppDbContext db, DashboardScope scope) =>
        scope.Apply(db.Cooperatives.AsNoTracking(), c => c.ProvinceId, c => c.CountyId);

    private static List<GroupLine> Lines(IEnumerable<(int? Id, int Count, long Members)> rows, Dictionary<int, (string Title, int SortOrder)> titles) =>
        rows.Select(r => (Line: new GroupLine(r.Id, r.Id is { } id && titles.TryGetValue(id, out var t) ? t.Title : DashboardQuery.UnknownCounty, r.Count, r.Members),
                Order: r.Id is { } key && titles.TryGetValue(key, out var s) ? s.SortOrder : int.MaxValue))
            .OrderBy(x => x.Order)
            .Select(x => x.Line)
            .ToList();
}
