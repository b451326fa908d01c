using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>
/// What the registry records for a cooperative's fiscal year, read the same way by the declaration's pre-fill, the risk
/// rules R01–R03 and the compliance list: the year's ordinary assembly is the first confirmed annual ordinary assembly
/// (kind <see cref="GeneralAssemblyKind.Ordinary"/>) held after the fiscal year ended and before the next one ended.
/// </summary>
public static class RecordedFacts
{
    /// <summary>The days a recorded ordinary assembly of <paramref name="fiscalYear"/> falls in: after <c>After</c>, up to <c>Until</c>.</summary>
    public static (DateOnly After, DateOnly Until) AssemblyDaysOf(int fiscalYear) =>
        (RiskRules.FiscalYearEnd(fiscalYear), RiskRules.FiscalYearEnd(fiscalYear + 1));

    /// <summary>The confirmed annual ordinary assemblies held for <paramref name="fiscalYear"/> (any cooperative's).</summary>
    public static IQueryable<GeneralAssembly> OrdinaryAssembliesOf(IQueryable<GeneralAssembly> assemblies, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var (after, until) = AssemblyDaysOf(fiscalYear);
        return assemblies.Where(a => a.Status == GeneralAssemblyStatus.Confirmed && a.Notice.Kind == GeneralAssemblyKind.Ordinary
            && a.Notice.MeetingOn > after && a.Notice.MeetingOn <= until);
    }

    /// <summary>The day of the ordinary assembly the portal recorded and confirmed for the cooperative's fiscal year, if any.</summary>
    public static Task<DateOnly?> OrdinaryAssemblyHeldOnAsync(IAppDbContext db, Guid cooperativeId, int fiscalYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return OrdinaryAssembliesOf(db.GeneralAssemblies.AsNoTracking(), fiscalYear)
            .Where(a => a.CooperativeId == cooperativeId)
            .MinAsync(a => a.Notice.MeetingOn, cancellationToken);
    }

    /// <summary>
    /// What risk rules R01–R04 read from the registry now, in one query: the year's recorded ordinary assembly, the
    /// terms of the board members and inspectors the cooperative has today, and the day the year's first inspector's
    /// report was signed and sent in the portal.
    /// </summary>
    public static async Task<RegistryFacts> ReadAsync(IAppDbContext db, Guid cooperativeId, int fiscalYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assemblies = OrdinaryAssembliesOf(db.GeneralAssemblies, fiscalYear);
        var reports = db.InspectorReports.Where(r => r.FiscalYear == fiscalYear && r.Status == Domain.Inspection.InspectorReportStatus.Submitted);
        var row = await db.Cooperatives.AsNoTracking()
            .Where(c => c.Id == cooperativeId)
            .Select(c => new
            {
                HeldOn = assemblies.Where(a => a.CooperativeId == c.Id).Min(a => a.Notice.MeetingOn),
                ReportOn = reports.Where(r => r.CooperativeId == c.Id).Min(r => r.SubmittedOn),
                Terms = c.Officers
                    .Where(o => (o.Role == OfficerRole.BoardMember || o.Role == OfficerRole.Inspector) && o.TermEndsOn != null)
                    .Select(o => new { o.Role, o.TermEndsOn })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? RegistryFacts.None
            : RegistryFacts.From(row.Terms.Select(t => new OfficerEntry(t.Role, string.Empty, string.Empty, null, t.TermEndsOn)), row.HeldOn) with { InspectorReportSubmittedOn = row.ReportOn };
    }

    /// <summary>
    /// Which parts of the registry the cooperative's confirmed general assemblies held after <paramref name="after"/>
    /// changed (an adopted election of the board or the inspectors, an adopted change of capital).
    /// </summary>
    public static async Task<RegistryUpdates> UpdatesAfterAsync(IAppDbContext db, Guid cooperativeId, DateOnly after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var confirmed = await db.GeneralAssemblies.AsNoTracking()
            .Where(a => a.CooperativeId == cooperativeId && a.Status == GeneralAssemblyStatus.Confirmed && a.Notice.MeetingOn > after)
            .ToListAsync(cancellationToken);
        return new RegistryUpdates(
            confirmed.Any(a => a.Adopted(AgendaItemKind.ElectBoard)),
            confirmed.Any(a => a.Adopted(AgendaItemKind.ElectInspectors)),
            confirmed.Any(a => a.Adopted(AgendaItemKind.ChangeCapital)));
    }
}
