using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>One line of a table: a Persian label and its count.</summary>
public sealed record DashboardLine(string Title, long Count);

/// <summary>Cooperatives formed in one county in the chosen year (CountyId null: «نامشخص»).</summary>
public sealed record CountyLine(int? CountyId, string County, int Count);

/// <summary>Inspection visits the office planned: still ahead and already past (today counts as ahead).</summary>
public sealed record InspectionCounts(int Upcoming, int Past);

/// <summary>The statistics of one province (or the whole country), all computed by SQL aggregates.</summary>
/// <param name="ProvinceId">The province the numbers cover; null for the whole country.</param>
/// <param name="Year">The Solar Hijri year of the county table.</param>
public sealed record DashboardReport(
    int? ProvinceId,
    int Year,
    IReadOnlyList<DashboardLine> ApplicationsByStatus,
    IReadOnlyList<CountyLine> FormedByCounty,
    int Cooperatives,
    long Members,
    IReadOnlyList<DashboardLine> DeclarationsByStatus,
    IReadOnlyList<DashboardLine> DeclarationsByRisk,
    InspectionCounts Inspections);

/// <summary>
/// The head of office's (their province) and the admin's (the country, or one province) statistics: applications by
/// status, cooperatives formed per county in a Jalali year, members, and declarations by status and risk.
/// </summary>
public sealed class DashboardQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FormationContext clock)
{
    public const string NotAllowed = "شما به آمار و گزارش‌ها دسترسی ندارید.";

    public const string UnknownCounty = "نامشخص";

    public const string NoRisk = "بدون ارزیابی ریسک";

    /// <summary>The current Solar Hijri year in Iran.</summary>
    public int CurrentYear => JalaliDate.YearOf(clock.Today);

    /// <param name="provinceId">The province an admin asks for (null: the whole country); ignored for office staff.</param>
    /// <param name="year">The Solar Hijri year of the county table; null for the current year.</param>
    public async Task<Result<DashboardReport>> HandleAsync(int? provinceId, int? year, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var filter = ProvinceScope.FilterFor(user);
        if (!filter.AllowsAny)
        {
            return Result<DashboardReport>.FailedAs(Result.Forbidden(NotAllowed));
        }

        var province = filter.AllowsAll ? provinceId : filter.ProvinceId;
        var jalaliYear = year ?? CurrentYear;
        if (JalaliDate.FromParts(jalaliYear, 1, 1) is not { } start || JalaliDate.FromParts(jalaliYear + 1, 1, 1) is not { } end)
        {
            return Result<DashboardReport>.NotFound();
        }

        var fromUtc = LocalMidnightUtc(start);
        var toUtc = LocalMidnightUtc(end);

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var applications = db.FormationApplications.AsNoTracking();
        var cooperatives = db.Cooperatives.AsNoTracking();
        var declarations = db.SelfDeclarations.AsNoTracking().Where(d => d.Status != DeclarationStatus.Draft);
        if (province is { } only)
        {
            applications = applications.Where(a => a.Details.ProvinceId == only);
            cooperatives = cooperatives.Where(c => c.ProvinceId == only);
            declarations = declarations.Where(d => d.ProvinceId == only);
        }

        var byStatus = await applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var applicationLines = byStatus.OrderBy(r => r.Key).Select(r => new DashboardLine(ApplicationStatusText.Title(r.Key), r.Count)).ToList();

        var formed = await cooperatives
            .Where(c => c.RegisteredAtUtc >= fromUtc && c.RegisteredAtUtc < toUtc)
            .GroupBy(c => c.CountyId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var countyIds = formed.Select(r => r.Key).OfType<int>().ToList();
        var countyNames = await db.Counties.AsNoTracking().Where(k => countyIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        var countyLines = formed
            .Select(r => new CountyLine(r.Key, r.Key is { } id && countyNames.TryGetValue(id, out var name) ? name : UnknownCounty, r.Count))
            .OrderByDescending(l => l.Count).ThenBy(l => l.County, StringComparer.Ordinal)
            .ToList();

        var totals = await cooperatives
            .GroupBy(c => 1)
            .Select(g => new { Count = g.Count(), Members = g.Sum(c => (long?)c.MembersCount) ?? 0 })
            .SingleOrDefaultAsync(cancellationToken);

        var declarationStatus = await declarations.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var declarationRisk = await declarations.GroupBy(d => d.RiskBand).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var today = clock.Today;
        var inspections = await declarations
            .Where(d => d.Status == DeclarationStatus.InspectionPlanned && d.InspectionPlannedOn != null)
            .GroupBy(d => d.InspectionPlannedOn >= today)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return Result<DashboardReport>.Success(new DashboardReport(
            province,
            jalaliYear,
            applicationLines,
            countyLines,
            totals?.Count ?? 0,
            totals?.Members ?? 0,
            declarationStatus.OrderBy(r => r.Key).Select(r => new DashboardLine(DeclarationText.Title(r.Key), r.Count)).ToList(),
            declarationRisk.OrderBy(r => r.Key is null ? -1 : (int)r.Key).Select(r => new DashboardLine(RiskTitle(r.Key), r.Count)).ToList(),
            new InspectionCounts(inspections.Where(r => r.Key).Sum(r => r.Count), inspections.Where(r => !r.Key).Sum(r => r.Count))));
    }

    /// <summary>The Persian name of a risk band.</summary>
    public static string RiskTitle(RiskBand? band) => band is { } b ? "ریسک " + RiskAssessment.BandTitle(b) : NoRisk;

    private static DateTime LocalMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), PersianFormat.TimeZone);
}
