using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// The office's compliance list: cooperatives of the province whose declaration is overdue (the last ended fiscal
/// year is past its due date and nothing was sent), and those with no declaration for two consecutive years, marked
/// possibly dormant for the office to review (revive or dissolve, article 54); with, per cooperative and in the totals,
/// whether the ordinary assembly of the list's fiscal year was held and recorded (confirmed) in the portal. Computed from the registry on each call:
/// this decides who sees which province and the window of years; <see cref="IComplianceReader"/> counts and pages in
/// SQL; the missing years are then listed for the page's rows only.
/// </summary>
public sealed class ComplianceQuery(
    IReadOnlyDbContextFactory reads, IComplianceReader reader, ICurrentUserService currentUser, IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    public const int PageSize = 100;

    public async Task<ComplianceReport> HandleAsync(ComplianceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = OfficeScope.FilterFor(user);
        var options = supervision.CurrentValue;
        var settings = options.ToRiskSettings();
        var today = clock.Today;
        var year = DeclarationCalendar.LastEndedYear(today);

        // The newest fiscal year whose declaration is past due (the last ended year may still be within its time).
        var latestDue = DeclarationCalendar.IsOverdue(year, today, settings) ? year : year - 1;
        var dueOn = RiskRules.DueDate(latestDue, settings);
        if (!scope.AllowsAny)
        {
            return new ComplianceReport(latestDue, dueOn, 0, 0, 0, 0, 1, PageSize, [], 0);
        }

        var province = scope.AllowsAll ? filter.ProvinceId : scope.ProvinceId;
        var officeCounty = scope.AllowsAll ? null : scope.CountyId;

        // The window: the last `years` overdue years. A cooperative declares from the fiscal year it was registered in
        // (DeclarationCalendar.FirstYear), so it owes the years of the window that end after it was registered.
        var years = Math.Max(2, options.DormantAfterYears);
        var window = new ComplianceWindow(latestDue, years, Enumerable.Range(latestDue - years + 1, years).Select(YearEndUtc).ToList());
        var search = CooperativeSearch.From(filter.Search);
        var rows = await reader.PageAsync(window, province, officeCounty, new ComplianceRowsRequest(
            filter.DormantOnly, search?.NameKey, search?.Number, filter.Page, PageSize), cancellationToken);
        var counts = rows.Counts ?? await reader.CountAsync(window, province, officeCounty, cancellationToken);

        var ids = rows.Rows.Select(r => r.Id).ToList();
        var countyIds = rows.Rows.Select(r => r.CountyId).OfType<int>().Distinct().ToList();
        var (filedYears, counties) = await reads.ReadAsync(async db =>
        {
            var filedYears = await db.SelfDeclarations
                .Where(d => ids.Contains(d.CooperativeId) && d.Status != DeclarationStatus.Draft && d.FiscalYear >= window.FirstYear && d.FiscalYear <= latestDue)
                .Select(d => new { d.CooperativeId, d.FiscalYear })
                .ToListAsync(cancellationToken);
            var counties = await db.Counties.Where(k => countyIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
            return (filedYears, counties);
        }, cancellationToken);
        var filed = filedYears.ToLookup(d => d.CooperativeId, d => d.FiscalYear);

        var items = new List<ComplianceItem>();
        foreach (var row in rows.Rows)
        {
            var missing = Enumerable.Range(latestDue - row.Required + 1, row.Required).Where(y => !filed[row.Id].Contains(y)).OrderDescending().ToList();
            if (missing.Count == 0)
            {
                continue; // declared between the two reads
            }

            items.Add(new ComplianceItem(
                row.Id, row.Name, row.RegistrationNumber, row.CountyId is { } county && counties.TryGetValue(county, out var name) ? name : "—",
                missing, RiskRules.DueDate(missing[^1], settings), row.PossiblyDormant, row.LastDeclaredYear, row.OrdinaryAssemblyHeldOn, row.Status));
        }

        return new ComplianceReport(latestDue, dueOn, counts.Cooperatives, counts.Overdue, counts.PossiblyDormant, rows.Matching, rows.Page, PageSize, items, counts.AssemblyHeld);
    }

    /// <summary>The instant fiscal year <paramref name="year"/> ends: midnight in Iran at the start of 1 Farvardin of the next year, in UTC.</summary>
    private static DateTime YearEndUtc(int year)
    {
        var nextYearStarts = JalaliDate.FromParts(year + 1, 1, 1)!.Value.ToDateTime(TimeOnly.MinValue);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(nextYearStarts, DateTimeKind.Unspecified), PersianFormat.TimeZone);
    }
}
