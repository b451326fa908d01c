using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.Cooperatives;

/// <summary>The registry as its readers see it: a manager's cooperatives, and one cooperative's card with its declarations.</summary>
public sealed class CooperativeQueries(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    /// <summary>The cooperatives the caller manages (linked by their national code).</summary>
    public async Task<IReadOnlyList<MyCooperative>> MineAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || user.NationalCode is not { Length: > 0 } code)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.Cooperatives.AsNoTracking()
            .Where(c => c.Managers.Any(m => m.NationalCode == code))
            .OrderBy(c => c.Name)
            .Select(c => new MyCooperative(c.Id, c.Name, c.RegistrationNumber, db.Provinces.Where(p => p.Id == c.ProvinceId).Select(p => p.Name).Single(), c.Status))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<CooperativeView>> GetAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken);
        if (cooperative is null)
        {
            return Result<CooperativeView>.NotFound();
        }

        var isManager = RegistryAccess.IsManager(cooperative, user);
        var settings = supervision.CurrentValue.ToRiskSettings();
        var today = clock.Today;
        var declarations = await db.SelfDeclarations.AsNoTracking().Where(d => d.CooperativeId == cooperativeId)
            .Select(d => new { d.Id, d.FiscalYear, d.Status, d.RiskBand })
            .ToListAsync(cancellationToken);
        var required = DeclarationCalendar.YearsToDeclare(PersianFormat.LocalDate(cooperative.RegisteredAtUtc), today, 5);
        var years = required.Union(declarations.Select(d => d.FiscalYear)).OrderDescending();
        var lines = years.Select(year =>
        {
            var d = declarations.SingleOrDefault(x => x.FiscalYear == year);
            var visible = d is not null && (isManager || d.Status != DeclarationStatus.Draft);
            var filed = d is not null && d.Status != DeclarationStatus.Draft;
            return new CooperativeDeclarationLine(
                year, RiskRules.DueDate(year, settings), visible ? d!.Id : null, visible ? d!.Status : null, visible ? d!.RiskBand : null,
                !filed && DeclarationCalendar.IsOverdue(year, today, settings));
        }).ToList();
        var names = await db.Provinces.Where(p => p.Id == cooperative.ProvinceId).Select(p => p.Name).SingleAsync(cancellationToken);
        var county = await db.Counties.Where(c => c.Id == cooperative.CountyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        var activity = await db.ActivityTypes.Where(a => a.Id == cooperative.ActivityTypeId).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken);
        var history = await db.Cooperatives.AsNoTracking().Where(c => c.Id == cooperativeId).SelectMany(c => c.PastOfficers)
            .OrderByDescending(o => o.EndedOn).ThenBy(o => o.Role).ThenBy(o => o.FullName)
            .Select(o => new PastOfficerLine(o.Role, o.FullName, o.NationalCode, o.TermStartsOn, o.TermEndsOn, o.EndedOn, o.ReplacedByAssemblyId))
            .ToListAsync(cancellationToken);
        var statusHistory = await CooperativeStatusHistory.ReadAsync(db, cooperativeId, cancellationToken);
        // A dissolved, liquidating or struck-off cooperative starts no new declaration (StartDeclarationHandler refuses it too).
        var mayStart = isManager && CooperativeLifecycle.FilesDeclarations(cooperative.Status);
        return Result<CooperativeView>.Success(new CooperativeView(
            cooperative.Id, cooperative.Name, cooperative.RegistrationNumber, cooperative.CompanyNationalId, cooperative.RegisteredAtUtc,
            names, county ?? "—", activity ?? "—", cooperative.MembersCount, cooperative.Capital,
            cooperative.Source == CooperativeSource.Portal ? "تشکیل‌شده در سامانه" : "ثبت‌شده پیش از سامانه (ورود گروهی)",
            cooperative.Officers.Select(o => o.ToEntry()).OrderBy(o => o.Role).ToList(),
            history,
            cooperative.Managers.Select(m => m.FullName).ToList(),
            lines,
            mayStart ? lines.Where(l => l.DeclarationId is null && declarations.All(d => d.FiscalYear != l.FiscalYear)).Select(l => l.FiscalYear).ToList() : [],
            isManager,
            cooperative.Status,
            statusHistory));
    }
}
