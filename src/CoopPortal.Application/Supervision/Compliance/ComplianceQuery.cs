using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>A cooperative that has not declared on time.</summary>
/// <param name="MissingYears">The fiscal years past their due date with no declaration sent, newest first.</param>
/// <param name="PossiblyDormant">No declaration for the last consecutive years the settings name (راکد؟).</param>
public sealed record ComplianceItem(
    Guid CooperativeId,
    string Name,
    string? RegistrationNumber,
    string County,
    IReadOnlyList<int> MissingYears,
    DateOnly OldestDueOn,
    bool PossiblyDormant,
    int? LastDeclaredYear);

public sealed record ComplianceReport(int FiscalYear, DateOnly DueOn, int Cooperatives, IReadOnlyList<ComplianceItem> Items);

/// <summary>
/// The office's compliance list: cooperatives of the province whose declaration is overdue (the last ended fiscal
/// year is past its due date and nothing was sent), and those with no declaration for two consecutive years, marked
/// possibly dormant for the office to review (revive or dissolve, article 54). Computed from the registry on each call.
/// </summary>
public sealed class ComplianceQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<SupervisionOptions> supervision, FormationContext clock)
{
    public async Task<ComplianceReport> HandleAsync(int? provinceId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var filter = ProvinceScope.FilterFor(user);
        var options = supervision.CurrentValue;
        var settings = options.ToRiskSettings();
        var today = clock.Today;
        var year = DeclarationCalendar.LastEndedYear(today);

        // The newest fiscal year whose declaration is past due (the last ended year may still be within its time).
        var latestDue = DeclarationCalendar.IsOverdue(year, today, settings) ? year : year - 1;
        if (!filter.AllowsAny)
        {
            return new ComplianceReport(latestDue, RiskRules.DueDate(latestDue, settings), 0, []);
        }

        var province = filter.AllowsAll ? provinceId : filter.ProvinceId;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperatives = db.Cooperatives.AsNoTracking();
        if (province is { } only)
        {
            cooperatives = cooperatives.Where(c => c.ProvinceId == only);
        }

        var window = Math.Max(2, options.DormantAfterYears);
        var firstYear = latestDue - window + 1;
        var overdueYears = Enumerable.Range(firstYear, window).ToList();
        var total = await cooperatives.CountAsync(cancellationToken);

        // Only cooperatives missing a sent declaration for an overdue year of the window are read (in SQL, on the
        // unique (CooperativeId, FiscalYear) index); whether each was already registered that year is decided below.
        var rows = await cooperatives
            .Where(c => overdueYears.Any(y => !db.SelfDeclarations.Any(d => d.CooperativeId == c.Id && d.FiscalYear == y && d.Status != DeclarationStatus.Draft)))
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.RegistrationNumber,
                c.RegisteredAtUtc,
                c.CountyId,
                Filed = db.SelfDeclarations.Where(d => d.CooperativeId == c.Id && d.Status != DeclarationStatus.Draft && d.FiscalYear >= firstYear).Select(d => d.FiscalYear).ToList(),
                LastDeclared = db.SelfDeclarations.Where(d => d.CooperativeId == c.Id && d.Status != DeclarationStatus.Draft).Max(d => (int?)d.FiscalYear),
            })
            .ToListAsync(cancellationToken);
        var countyIds = rows.Select(r => r.CountyId).OfType<int>().Distinct().ToList();
        var counties = await db.Counties.AsNoTracking().Where(k => countyIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);

        var items = new List<ComplianceItem>();
        foreach (var row in rows)
        {
            var registeredIn = DeclarationCalendar.FirstYear(PersianFormat.LocalDate(row.RegisteredAtUtc));
            var required = overdueYears.Where(y => y >= registeredIn).OrderDescending().ToList();
            var missing = required.Where(y => !row.Filed.Contains(y)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var dormant = required.Count >= window && missing.Count == required.Count;
            items.Add(new ComplianceItem(
                row.Id, row.Name, row.RegistrationNumber, row.CountyId is { } county && counties.TryGetValue(county, out var name) ? name : "—",
                missing, RiskRules.DueDate(missing[^1], settings), dormant, row.LastDeclared));
        }

        return new ComplianceReport(latestDue, RiskRules.DueDate(latestDue, settings), total,
            items.OrderByDescending(i => i.PossiblyDormant).ThenByDescending(i => i.MissingYears.Count).ThenBy(i => i.Name, StringComparer.Ordinal).ToList());
    }
}
