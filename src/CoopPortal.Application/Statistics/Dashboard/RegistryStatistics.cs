using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>Applications and the registry: by status, formed per county in the year, by orientation and membership type, members.</summary>
internal static class RegistryStatistics
{
    public static async Task<IReadOnlyList<DashboardLine>> ApplicationsByStatusAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var applications = db.FormationApplications.AsNoTracking();
        if (scope.ProvinceId is { } only)
        {
            applications = applications.Where(a => a.Details.ProvinceId == only);
        }

        var byStatus = await applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return byStatus.OrderBy(r => r.Key).Select(r => new DashboardLine(ApplicationStatusText.Title(r.Key), r.Count)).ToList();
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

    public static async Task<IReadOnlyList<GroupLine>> ByOrientationAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var rows = await Cooperatives(db, scope)
            .GroupBy(c => c.OrientationId)
            .Select(g => new { g.Key, Count = g.Count(), Members = g.Sum(c => (long?)c.MembersCount) ?? 0 })
            .ToListAsync(cancellationToken);
        var titles = await db.Orientations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => (o.Title, o.SortOrder), cancellationToken);
        return Lines(rows.Select(r => (r.Key, r.Count, r.Members)), titles);
    }

    public static async Task<IReadOnlyList<GroupLine>> ByMembershipTypeAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var rows = await Cooperatives(db, scope)
            .GroupBy(c => c.MembershipTypeId)
            .Select(g => new { g.Key, Count = g.Count(), Members = g.Sum(c => (long?)c.MembersCount) ?? 0 })
            .ToListAsync(cancellationToken);
        var titles = await db.MembershipTypes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => (o.Title, o.SortOrder), cancellationToken);
        return Lines(rows.Select(r => (r.Key, r.Count, r.Members)), titles);
    }

    public static async Task<MemberTotals> MembersAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var totals = await Cooperatives(db, scope)
            .GroupBy(c => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Members = g.Sum(c => (long?)c.MembersCount) ?? 0,
                Women = g.Sum(c => c.MembersWomen != null && c.MembersMen != null ? (long?)c.MembersWomen : 0) ?? 0,
                Men = g.Sum(c => c.MembersWomen != null && c.MembersMen != null ? (long?)c.MembersMen : 0) ?? 0,
                ByGender = g.Count(c => c.MembersWomen != null && c.MembersMen != null),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return totals is null ? new MemberTotals(0, 0, 0, 0, 0) : new MemberTotals(totals.Count, totals.Members, totals.Women, totals.Men, totals.ByGender);
    }

    private static IQueryable<Cooperative> Cooperatives(IAppDbContext db, DashboardScope scope) =>
        scope.ProvinceId is { } only ? db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == only) : db.Cooperatives.AsNoTracking();

    private static List<GroupLine> Lines(IEnumerable<(int? Id, int Count, long Members)> rows, Dictionary<int, (string Title, int SortOrder)> titles) =>
        rows.Select(r => (Line: new GroupLine(r.Id, r.Id is { } id && titles.TryGetValue(id, out var t) ? t.Title : DashboardQuery.UnknownCounty, r.Count, r.Members),
                Order: r.Id is { } key && titles.TryGetValue(key, out var s) ? s.SortOrder : int.MaxValue))
            .OrderBy(x => x.Order)
            .Select(x => x.Line)
            .ToList();
}
