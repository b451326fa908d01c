using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.Common;

/// <summary>
/// What the festival criteria read of cooperatives for a fiscal year (<see cref="FestivalFacts"/>), in a few queries for
/// any number of them: the year's sent declaration (one the office has not sent back: submitted, resubmitted, under
/// inspection or accepted), last year's sales from last year's sent declaration, and what the registry records as
/// <see cref="RecordedFacts"/> reads it for the risk rules (the year's confirmed ordinary assembly, the first inspector's
/// report of the year signed in the portal). A cooperative with no sent declaration has only the registry's facts.
/// </summary>
public static class FestivalFactsReader
{
    /// <summary>The declarations of <paramref name="fiscalYear"/> the festival reads: sent, and not sent back for correction.</summary>
    public static IQueryable<SelfDeclaration> SentOf(IQueryable<SelfDeclaration> declarations, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        return declarations.Where(d => d.FiscalYear == fiscalYear && d.Status != DeclarationStatus.Draft && d.Status != DeclarationStatus.ReturnedForCorrection);
    }

    /// <summary>One cooperative's facts for the year.</summary>
    public static async Task<FestivalFacts> ReadAsync(IAppDbContext db, Guid cooperativeId, int fiscalYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var facts = await ReadAsync(db, db.Cooperatives.Where(c => c.Id == cooperativeId), fiscalYear, cancellationToken);
        return facts.TryGetValue(cooperativeId, out var found) ? found : FestivalFacts.Undeclared(fiscalYear, RegistryFacts.None);
    }

    /// <summary>The facts of every cooperative of <paramref name="cooperatives"/> for the year, by id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, FestivalFacts>> ReadAsync(
        IAppDbContext db, IQueryable<Cooperative> cooperatives, int fiscalYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cooperatives);
        var ids = cooperatives.Select(c => c.Id);
        var declared = await SentOf(db.SelfDeclarations.AsNoTracking(), fiscalYear)
            .Where(d => ids.Contains(d.CooperativeId))
            .Select(d => new
            {
                d.CooperativeId,
                d.Content,
                d.Files,
                FirstSentAtUtc = d.Events.Where(e => e.Action == DeclarationAction.Submit).Min(e => (DateTime?)e.AtUtc),
                d.SubmittedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var lastYear = await SentOf(db.SelfDeclarations.AsNoTracking(), fiscalYear - 1)
            .Where(d => ids.Contains(d.CooperativeId))
            .Select(d => new { d.CooperativeId, d.Content })
            .ToListAsync(cancellationToken);
        var assemblies = await RecordedFacts.OrdinaryAssembliesOf(db.GeneralAssemblies.AsNoTracking(), fiscalYear)
            .Where(a => ids.Contains(a.CooperativeId))
            .GroupBy(a => a.CooperativeId)
            .Select(g => new { CooperativeId = g.Key, HeldOn = g.Min(a => a.Notice.MeetingOn) })
            .ToDictionaryAsync(x => x.CooperativeId, x => x.HeldOn, cancellationToken);
        var reports = await db.InspectorReports.AsNoTracking()
            .Where(r => r.FiscalYear == fiscalYear && r.Status == InspectorReportStatus.Submitted && ids.Contains(r.CooperativeId))
            .GroupBy(r => r.CooperativeId)
            .Select(g => new { CooperativeId = g.Key, SubmittedOn = g.Min(r => r.SubmittedOn) })
            .ToDictionaryAsync(x => x.CooperativeId, x => x.SubmittedOn, cancellationToken);
        var all = await ids.ToListAsync(cancellationToken);

        var previousRevenue = lastYear.ToDictionary(d => d.CooperativeId, d => d.Content.Revenue);
        var declarations = declared.ToDictionary(d => d.CooperativeId);
        var result = new Dictionary<Guid, FestivalFacts>();
        foreach (var id in all)
        {
            var registry = RegistryFacts.None with
            {
                OrdinaryAssemblyHeldOn = assemblies.TryGetValue(id, out var heldOn) ? heldOn : null,
                InspectorReportSubmittedOn = reports.TryGetValue(id, out var reportOn) ? reportOn : null,
            };
            if (!declarations.TryGetValue(id, out var d))
            {
                result[id] = FestivalFacts.Undeclared(fiscalYear, registry);
                continue;
            }

            var c = d.Content;
            var sentAt = d.FirstSentAtUtc ?? d.SubmittedAtUtc;
            result[id] = new FestivalFacts(
                fiscalYear, sentAt is { } at ? PersianFormat.LocalDate(at) : null, c.OrdinaryAssemblyHeldOn,
                d.Files.Any(f => f.Kind == SelfDeclaration.InspectorsReportKind),
                c.TotalAssets, c.TotalLiabilities, c.Equity, c.Revenue, c.NetProfitOrLoss,
                c.TaxReturnFiled, c.InsurancePaid, c.BooksKept, c.Employees, c.ExportsValue, c.MembersTotal,
                previousRevenue.TryGetValue(id, out var revenue) ? revenue : null, registry);
        }

        return result;
    }
}
