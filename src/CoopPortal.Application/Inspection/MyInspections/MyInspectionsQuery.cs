using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Inspection.MyInspections;

/// <summary>
/// «گزارش‌های بازرسی من»: the cooperatives whose inspector the caller is today (by proven national code, the term
/// covering today), each with the caller's report of the last ended fiscal year. Empty for anyone else.
/// </summary>
public sealed class MyInspectionsQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<IReadOnlyList<InspectedCooperative>> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || user.NationalCode is not { Length: > 0 } code)
        {
            return [];
        }

        var today = clock.Today;
        var year = InspectionCalendar.ReportYear(today);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperatives = await db.Cooperatives.AsNoTracking().Include(c => c.Officers).Include(c => c.Managers)
            .Where(c => c.Officers.Any(o => o.Role == OfficerRole.Inspector && o.NationalCode == code && o.TermEndsOn != null && o.TermEndsOn >= today))
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        var ids = cooperatives.Select(c => c.Id).ToList();
        var reports = await db.InspectorReports.AsNoTracking()
            .Where(r => ids.Contains(r.CooperativeId) && r.FiscalYear == year && r.InspectorNationalCode == code)
            .Select(r => new { r.CooperativeId, r.Id, r.Status })
            .ToListAsync(cancellationToken);
        var provinceIds = cooperatives.Select(c => c.ProvinceId).Distinct().ToList();
        var provinces = await db.Provinces.AsNoTracking().Where(p => provinceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return cooperatives
            .Select(c => (Cooperative: c, Term: c.Officers.FirstOrDefault(o => o.Role == OfficerRole.Inspector && o.NationalCode == code && InspectionAccess.Covers(o, today))))
            .Where(x => x.Term is not null)
            .Select(x =>
            {
                var report = reports.FirstOrDefault(r => r.CooperativeId == x.Cooperative.Id);
                return new InspectedCooperative(
                    x.Cooperative.Id, x.Cooperative.Name, x.Cooperative.RegistrationNumber, provinces.GetValueOrDefault(x.Cooperative.ProvinceId, string.Empty),
                    x.Cooperative.MembersCount, x.Term!.TermStartsOn, x.Term.TermEndsOn!.Value, year, report?.Id, report?.Status,
                    InspectorReport.ConflictRefusal(x.Cooperative, code) is not null);
            })
            .ToList();
    }
}
