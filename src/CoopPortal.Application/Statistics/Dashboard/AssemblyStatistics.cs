using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The general assemblies of the chosen year per county (issue 19 point 5): held, supervised, with irregularities,
/// cancelled. An assembly belongs to the year of its meeting day (the notice's, Iran's calendar). One grouped query
/// with the county's name joined in SQL.
/// </summary>
internal static class AssemblyStatistics
{
    /// <summary>
    /// Where a supervised assembly's minutes are once its observer has reported: the minutes of an assembly with an
    /// observer go to the observer first (<see cref="GeneralAssemblyStatus.AwaitingObserver"/>), and the decision on
    /// supervision is closed once they are sent, so an assembly with an observer in one of these has been reported on.
    /// </summary>
    private static readonly GeneralAssemblyStatus[] Reported =
    [
        GeneralAssemblyStatus.ObserverConfirmed,
        GeneralAssemblyStatus.IrregularitiesReported,
        GeneralAssemblyStatus.MinutesSubmitted,
        GeneralAssemblyStatus.ReturnedForCorrection,
        GeneralAssemblyStatus.Confirmed,
    ];

    public static async Task<IReadOnlyList<AssemblyCountyLine>> ByCountyAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var from = JalaliDate.FromParts(scope.Year, 1, 1)!.Value;
        var to = JalaliDate.FromParts(scope.Year + 1, 1, 1)!.Value;
        var assemblies = scope.Apply(db.GeneralAssemblies.AsNoTracking(), a => a.ProvinceId, a => a.CountyId)
            .Where(a => a.Notice.MeetingOn >= from && a.Notice.MeetingOn < to);

        var counts = assemblies
            .Select(a => new
            {
                a.CountyId,
                a.Status,
                Supervised = a.ObserverUserId != null && Reported.Contains(a.Status),

                // Only the history says whether irregularities were reported once the office has decided after them.
                Irregular = a.ObserverUserId != null && Reported.Contains(a.Status)
                    && a.Events.Any(e => e.Action == GeneralAssemblyAction.ReportIrregularities),
            })
            .GroupBy(a => a.CountyId)
            .Select(g => new
            {
                CountyId = g.Key,
                Held = g.Count(a => a.Status == GeneralAssemblyStatus.Confirmed),
                Supervised = g.Count(a => a.Supervised),
                Irregular = g.Count(a => a.Irregular),
                Cancelled = g.Count(a => a.Status == GeneralAssemblyStatus.Cancelled),
            });
        var rows = await (
                from c in counts
                join k in db.Counties.AsNoTracking() on c.CountyId equals (int?)k.Id into names
                from k in names.DefaultIfEmpty()
                select new { c.CountyId, Name = k == null ? null : k.Name, c.Held, c.Supervised, c.Irregular, c.Cancelled })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new AssemblyCountyLine(r.CountyId, r.Name ?? DashboardQuery.UnknownCounty, r.Held, r.Supervised, r.Irregular, r.Cancelled))
            .OrderByDescending(l => l.Held).ThenByDescending(l => l.Supervised).ThenBy(l => l.County, StringComparer.Ordinal)
            .ToList();
    }
}
