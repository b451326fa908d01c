using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// Supervision in the chosen year: the self-declarations of the fiscal year declared during it (the year before),
/// by status and risk band, how many are overdue, the training hours and general assemblies they report, and the
/// inspection visits.
/// </summary>
internal static class SupervisionStatistics
{
    public static async Task<DeclarationSummary> SummaryAsync(IAppDbContext db, DashboardScope scope, RiskSettings settings, CancellationToken cancellationToken)
    {
        var fiscalYear = scope.Year - 1;
        var expected = await Cooperatives(db, scope).CountAsync(c => c.RegisteredAtUtc < scope.FromUtc, cancellationToken);
        var filed = await Declarations(db, scope, fiscalYear)
            .GroupBy(d => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Training = g.Sum(d => (long?)EF.Property<int?>(d, StatisticsColumns.TrainingHours)) ?? 0,
                Assemblies = g.Sum(d => (long?)EF.Property<int>(d, StatisticsColumns.AssembliesHeld)) ?? 0,
            })
            .SingleOrDefaultAsync(cancellationToken);
        var count = filed?.Count ?? 0;
        var pastDue = DeclarationCalendar.IsOverdue(fiscalYear, scope.Today, settings);
        return new DeclarationSummary(
            fiscalYear,
            RiskRules.DueDate(fiscalYear, settings),
            pastDue,
            expected,
            count,
            pastDue ? Math.Max(0, expected - count) : 0,
            filed?.Training ?? 0,
            filed?.Assemblies ?? 0);
    }

    public static async Task<IReadOnlyList<DashboardLine>> ByStatusAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var rows = await Declarations(db, scope, scope.Year - 1).GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Key).Select(r => new DashboardLine(DeclarationText.Title(r.Key), r.Count)).ToList();
    }

    public static async Task<IReadOnlyList<DashboardLine>> ByRiskAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var rows = await Declarations(db, scope, scope.Year - 1).GroupBy(d => d.RiskBand).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Key is null ? -1 : (int)r.Key).Select(r => new DashboardLine(DashboardQuery.RiskTitle(r.Key), r.Count)).ToList();
    }

    /// <summary>Visits planned (ahead, or past their day with no report yet: any fiscal year) and done in the chosen year.</summary>
    public static async Task<InspectionCounts> InspectionsAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var all = db.SelfDeclarations.AsNoTracking();
        if (scope.ProvinceId is { } only)
        {
            all = all.Where(d => d.ProvinceId == only);
        }

        var today = scope.Today;
        var planned = await all
            .Where(d => d.Status == DeclarationStatus.InspectionPlanned && d.InspectionPlannedOn != null)
            .GroupBy(d => d.InspectionPlannedOn >= today)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var from = Domain.Common.JalaliDate.FromParts(scope.Year, 1, 1)!.Value;
        var to = Domain.Common.JalaliDate.FromParts(scope.Year + 1, 1, 1)!.Value;
        var done = await all.CountAsync(d => d.InspectedOn >= from && d.InspectedOn < to, cancellationToken);
        return new InspectionCounts(planned.Where(r => r.Key).Sum(r => r.Count), planned.Where(r => !r.Key).Sum(r => r.Count), done);
    }

    private static IQueryable<Domain.Cooperatives.Cooperative> Cooperatives(IAppDbContext db, DashboardScope scope) =>
        scope.ProvinceId is { } only ? db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == only) : db.Cooperatives.AsNoTracking();

    private static IQueryable<SelfDeclaration> Declarations(IAppDbContext db, DashboardScope scope, int fiscalYear)
    {
        var query = db.SelfDeclarations.AsNoTracking().Where(d => d.FiscalYear == fiscalYear && d.Status != DeclarationStatus.Draft);
        return scope.ProvinceId is { } only ? query.Where(d => d.ProvinceId == only) : query;
    }
}
