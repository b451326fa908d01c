using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// The head of office's (their province; a county office's head: their county), headquarters' and the admin's (the
/// country, or one province) statistics: applications by
/// status, the registry by county, orientation and membership type, members by gender, the self-declarations of the
/// year with what they report, inspection visits, the general assemblies of the year per county, how long the
/// office takes, the dormancy cases and liquidations of the year and the registry by status per county. Every number is a SQL aggregate read on request, in one snapshot of the read replica when there is one
/// (with the moment it is current to); the province and county are decided here (<see cref="OfficeScope"/>), never by
/// the caller.
/// </summary>
public sealed class DashboardQuery(IReadOnlyDbContextFactory reads, ICurrentUserService currentUser, IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    public const string NotAllowed = "شما به آمار و گزارش‌ها دسترسی ندارید.";

    public const string UnknownCounty = "نامشخص";

    public const string NoRisk = "بدون ارزیابی ریسک";

    /// <summary>The first line of the processing times: from first submission to the final decision.</summary>
    public const string SubmissionToDecision = "از ارسال تا تصمیم نهایی";

    /// <summary>The current Solar Hijri year in Iran.</summary>
    public int CurrentYear => JalaliDate.YearOf(clock.Today);

    /// <param name="provinceId">The province an admin or headquarters asks for (null: the whole country); ignored for office staff.</param>
    /// <param name="year">The Solar Hijri year of the yearly tables; null for the current year.</param>
    public async Task<Result<DashboardReport>> HandleAsync(int? provinceId, int? year, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!StatisticsAccess.MayRead(user))
        {
            return Result<DashboardReport>.FailedAs(Result.Forbidden(NotAllowed));
        }

        var jalaliYear = year ?? CurrentYear;
        if (JalaliDate.FromParts(jalaliYear, 1, 1) is not { } start || JalaliDate.FromParts(jalaliYear + 1, 1, 1) is not { } end)
        {
            return Result<DashboardReport>.NotFound();
        }

        // The country's readers choose a province (or none: the country); office staff get their own office's, whatever they ask.
        var filter = OfficeScope.FilterFor(user);
        var office = !filter.AllowsAll ? filter : provinceId is { } chosen ? OfficeFilter.Province(chosen) : OfficeFilter.All;
        var scope = new DashboardScope(office, jalaliYear, LocalMidnightUtc(start), LocalMidnightUtc(end), clock.Today);
        var report = await reads.ReadReportAsync(async db =>
        {
            var registry = await RegistryStatistics.RegistryAsync(db, scope, cancellationToken);
            var declarations = await SupervisionStatistics.DeclarationsAsync(db, scope, supervision.CurrentValue.ToRiskSettings(), cancellationToken);
            return new DashboardReport(
                scope.ProvinceId,
                scope.CountyId,
                jalaliYear,
                await RegistryStatistics.ApplicationsByStatusAsync(db, scope, cancellationToken),
                await RegistryStatistics.FormedByCountyAsync(db, scope, cancellationToken),
                registry.ByOrientation,
                registry.ByMembershipType,
                registry.Members,
                declarations.Summary,
                declarations.ByStatus,
                declarations.ByRisk,
                await SupervisionStatistics.InspectionsAsync(db, scope, cancellationToken),
                await AssemblyStatistics.ByCountyAsync(db, scope, cancellationToken),
                await DurationStatistics.ReadAsync(db, scope, cancellationToken),
                await LifecycleStatistics.StepsByCountyAsync(db, scope, cancellationToken),
                await LifecycleStatistics.StatusByCountyAsync(db, scope, cancellationToken),
                await LifecycleStatistics.FestivalByCountyAsync(db, scope, cancellationToken),
                await reads.AsOfAsync(db, cancellationToken));
        }, cancellationToken);
        return Result<DashboardReport>.Success(report);
    }

    /// <summary>The Persian name of a risk band.</summary>
    public static string RiskTitle(RiskBand? band) => band is { } b ? "ریسک " + RiskAssessment.BandTitle(b) : NoRisk;

    private static DateTime LocalMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), PersianFormat.TimeZone);
}
