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
    /// <summary>
    /// The declarations of the fiscal year declared during the chosen year, in one pass over one index: by status and
    /// risk band, with the training hours and general assemblies they report; and how many cooperatives had to declare.
    /// </summary>
    public static async Task<(DeclarationSummary Summary, IReadOnlyList<DashboardLine> ByStatus, IReadOnlyList<DashboardLine> ByRisk)> DeclarationsAsync(
        IAppDbContext db, DashboardScope scope, RiskSettings settings, CancellationToken cancellationToken)
    {
        var fiscalYear = scope.Year - 1;
        var expected = await RegistryStatistics.Cooperatives(db, scope).CountAsync(c => c.RegisteredAtUtc < scope.FromUtc, cancellationToken);
        var declarations = Declarations(db, scope).Where(d => d.FiscalYear == fiscalYear && d.Status != DeclarationStatus.Draft);

        var groups = await declarations
            .GroupBy(d => new { d.Status, d.RiskBand })
            .Select(g => new
            {
                g.Key.Status,
                g.Key.RiskBand,
                Count = g.Count(),
                Training = g.Sum(d => (long?)EF.Property<int?>(d, StatisticsColumns.TrainingHours)) ?? 0,
                Assemblies = g.Sum(d => (long?)EF.Property<int>(d, StatisticsColumns.AssembliesHeld)) ?? 0,
            })
            .ToListAsync(cancellationToken);
        var filed = groups.Sum(g => g.Count);
        var pastDue = DeclarationCalendar.IsOverdue(fiscalYear, scope.Today, settings);
        var summary = new DeclarationSummary(
            fiscalYear,
            RiskRules.DueDate(fiscalYear, settings),
            pastDue,
            expected,
            filed,
            pastDue ? Math.Max(0, expected - filed) : 0,
            groups.Sum(g => g.Training),
            groups.Sum(g => g.Assemblies));
        var byStatus = groups.GroupBy(g => g.Status).OrderBy(g => g.Key)
            .Select(g => new DashboardLine(DeclarationText.Title(g.Key), g.Sum(x => x.Count))).ToList();
        var byRisk = groups.GroupBy(g => g.RiskBand).OrderBy(g => g.Key is null ? -1 : (int)g.Key)
            .Select(g => new DashboardLine(DashboardQuery.RiskTitle(g.Key), g.Sum(x => x.Count))).ToList();
        return (summary, byStatus, byRisk);
    }

    /// <summary>Visits planned (ahead, or past their day with no report yet: any fiscal year) and done in the chosen year.</summary>
    public static async Task<InspectionCounts> InspectionsAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var all = Declarations(db, scope);
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

    private static IQueryable<SelfDeclaration> Declarations(IAppDbContext db, DashboardScope scope) =>
        scope.Apply(db.SelfDeclarations.AsNoTracking(), d => d.ProvinceId, d => d.CountyId);
}
