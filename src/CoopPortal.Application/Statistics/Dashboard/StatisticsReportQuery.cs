using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Statistics.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The dashboard as tables with the name of its scope (a province, «کل کشور», or a county office's «اداره تعاون
/// شهرستان ابهر»): what the page lists and every export writes. Authorization is the dashboard's (a head of office gets
/// their own province, or county, whatever they ask for).
/// </summary>
public sealed class StatisticsReportQuery(DashboardQuery dashboard, IAppDbContextFactory dbFactory, PortalClock clock)
{
    public async Task<Result<StatisticsReport>> HandleAsync(int? provinceId, int? year, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(provinceId, year, cancellationToken);
        return view.Value is { } v ? Result<StatisticsReport>.Success(v.Tables) : Result<StatisticsReport>.FailedAs(view);
    }

    /// <summary>The dashboard's numbers and their tables (the page shows both: key figures on top, tables below).</summary>
    public async Task<Result<DashboardView>> ViewAsync(int? provinceId, int? year, CancellationToken cancellationToken)
    {
        var result = await dashboard.HandleAsync(provinceId, year, cancellationToken);
        if (result.Value is not { } report)
        {
            return Result<DashboardView>.FailedAs(result);
        }

        var scope = DashboardTables.Country;
        if (report.ProvinceId is { } id)
        {
            await using var db = await dbFactory.CreateAsync(cancellationToken);
            scope = report.CountyId is { } county
                ? await db.Counties.AsNoTracking().Where(k => k.Id == county).Select(k => k.Name).SingleOrDefaultAsync(cancellationToken) is { } name
                    ? DashboardTables.CountyOffice(name) : scope
                : await db.Provinces.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? scope;
        }

        return Result<DashboardView>.Success(new DashboardView(report, DashboardTables.From(report, scope, clock.UtcNow)));
    }
}
