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
        if (!filter.AllowsAny)
        {
            return new ComplianceReport(year, RiskRules.DueDate(year, settings), 0, []);
        }

        var province = filter.AllowsAll ? provinceId : filter.ProvinceId;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperatives = db.Cooperatives.AsNoTracking();
        if (province is { } only)
        {
            cooperatives = cooperatives.Where(c => c.ProvinceId == only);
        }

        var window = Math.Max(2, options.DormantAfterYears);
        var firstYear = year - window + 1;
        var rows = await cooperatives
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.RegistrationNumber,
                c.RegisteredAtUtc,
                County = db.Counties.Where(k => k.Id == c.CountyId).Select(k => k.Name).FirstOrDefault(),
                Filed = db.SelfDeclarations.Where(d => d.CooperativeId == c.Id && d.Status != DeclarationStatus.Draft).Select(d => d.FiscalYear).ToList(),
            })
            .ToListAsync(cancellationToken);

        var items = new List<ComplianceItem>();
        foreach (var row in rows)
        {
            var required = DeclarationCalendar.YearsToDeclare(PersianFormat.LocalDate(row.RegisteredAtUtc), today, window)
                .Where(y => y >= firstYear && DeclarationCalendar.IsOverdue(y, today, settings))
                .ToList();
            var missing = required.Where(y => !row.Filed.Contains(y)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var dormant = required.Count >= window && missing.Count == required.Count;
            items.Add(new ComplianceItem(
                row.Id, row.Name, row.RegistrationNumber, row.County ?? "—", missing, RiskRules.DueDate(missing[^1], settings), dormant,
                row.Filed.Count == 0 ? null : row.Filed.Max()));
        }

        return new ComplianceReport(year, RiskRules.DueDate(year, settings), rows.Count,
            items.OrderByDescending(i => i.PossiblyDormant).ThenByDescending(i => i.MissingYears.Count).ThenBy(i => i.Name, StringComparer.Ordinal).ToList());
    }
}
