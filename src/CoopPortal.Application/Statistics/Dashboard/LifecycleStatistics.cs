using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The cooperatives' life on /statistics (issue 21 point 5): the dormancy cases opened, revived, closed and ended in
/// dissolution, the liquidations started and the cooperatives struck off in the year, per county, read from the audited
/// status history (a step belongs to the year of its moment in Iran); the registry by status now, per county; and the
/// festival's nominees and winners per county. Grouped queries with the county's name joined in SQL, scoped like every table (<see cref="DashboardScope"/>).
/// </summary>
internal static class LifecycleStatistics
{
    public static async Task<IReadOnlyList<LifecycleCountyLine>> StepsByCountyAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var (from, to) = (scope.FromUtc, scope.ToUtc);
        var counts = scope.Apply(db.Cooperatives.AsNoTracking(), c => c.ProvinceId, c => c.CountyId)
            .SelectMany(c => c.StatusEvents, (c, e) => new { c.CountyId, e.Action, e.AtUtc })
            .Where(e => e.AtUtc >= from && e.AtUtc < to)
            .GroupBy(e => e.CountyId)
            .Select(g => new
            {
                CountyId = g.Key,
                Opened = g.Count(e => e.Action == CooperativeStatusAction.OpenDormancyCase),
                Revived = g.Count(e => e.Action == CooperativeStatusAction.Revive),
                Closed = g.Count(e => e.Action == CooperativeStatusAction.CloseDormancyCase),
                Dissolved = g.Count(e => e.Action == CooperativeStatusAction.PursueDissolution),
                Liquidations = g.Count(e => e.Action == CooperativeStatusAction.ResolveDissolution || e.Action == CooperativeStatusAction.StartLiquidation),
                StruckOff = g.Count(e => e.Action == CooperativeStatusAction.StrikeOff),
            });
        var rows = await (
                from c in counts
                join k in db.Counties.AsNoTracking() on c.CountyId equals (int?)k.Id into names
                from k in names.DefaultIfEmpty()
                select new { c.CountyId, Name = k == null ? null : k.Name, c.Opened, c.Revived, c.Closed, c.Dissolved, c.Liquidations, c.StruckOff })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new LifecycleCountyLine(r.CountyId, r.Name ?? DashboardQuery.UnknownCounty, r.Opened, r.Revived, r.Closed, r.Dissolved, r.Liquidations, r.StruckOff))
            .OrderByDescending(l => l.DormancyOpened).ThenByDescending(l => l.LiquidationStarted).ThenBy(l => l.County, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The festival of the fiscal year before the chosen year (run during it, as the declarations it scores are filed
    /// then): its nominees and winners per county of the cooperative, every festival of the scope.
    /// </summary>
    public static async Task<IReadOnlyList<FestivalCountyLine>> FestivalByCountyAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var fiscalYear = scope.Year - 1;
        var counts = scope.Apply(db.Cooperatives.AsNoTracking(), c => c.ProvinceId, c => c.CountyId)
            .Join(
                db.Festivals.AsNoTracking().Where(f => f.FiscalYear == fiscalYear).SelectMany(f => f.Nominees),
                c => c.Id, n => n.CooperativeId, (c, n) => new { c.CountyId, n.IsWinner })
            .GroupBy(n => n.CountyId)
            .Select(g => new { CountyId = g.Key, Shortlisted = g.Count(), Winners = g.Count(n => n.IsWinner) });
        var rows = await (
                from c in counts
                join k in db.Counties.AsNoTracking() on c.CountyId equals (int?)k.Id into names
                from k in names.DefaultIfEmpty()
                select new { c.CountyId, Name = k == null ? null : k.Name, c.Shortlisted, c.Winners })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new FestivalCountyLine(r.CountyId, r.Name ?? DashboardQuery.UnknownCounty, r.Shortlisted, r.Winners))
            .OrderByDescending(l => l.Winners).ThenByDescending(l => l.Shortlisted).ThenBy(l => l.County, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<IReadOnlyList<StatusCountyLine>> StatusByCountyAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var counts = scope.Apply(db.Cooperatives.AsNoTracking(), c => c.ProvinceId, c => c.CountyId)
            .GroupBy(c => c.CountyId)
            .Select(g => new
            {
                CountyId = g.Key,
                Active = g.Count(c => c.Status == CooperativeStatus.Active),
                Dormancy = g.Count(c => c.Status == CooperativeStatus.DormancyCaseOpen),
                Dissolved = g.Count(c => c.Status == CooperativeStatus.Dissolved),
                Liquidation = g.Count(c => c.Status == CooperativeStatus.InLiquidation),
                StruckOff = g.Count(c => c.Status == CooperativeStatus.StruckOff),
            });
        var rows = await (
                from c in counts
                join k in db.Counties.AsNoTracking() on c.CountyId equals (int?)k.Id into names
                from k in names.DefaultIfEmpty()
                select new { c.CountyId, Name = k == null ? null : k.Name, c.Active, c.Dormancy, c.Dissolved, c.Liquidation, c.StruckOff })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new StatusCountyLine(r.CountyId, r.Name ?? DashboardQuery.UnknownCounty, r.Active, r.Dormancy, r.Dissolved, r.Liquidation, r.StruckOff))
            .OrderByDescending(l => l.Total).ThenBy(l => l.County, StringComparer.Ordinal)
            .ToList();
    }
}
