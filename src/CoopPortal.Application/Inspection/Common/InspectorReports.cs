using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Inspection;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Inspection.Common;

/// <summary>
/// The sent inspector's reports of a cooperative's fiscal year, read the same way by the self-declaration's view and by
/// the facts risk rule R04 reads (<c>Supervision.Common.RecordedFacts</c>). The caller has already checked that the
/// person may see the cooperative's declaration.
/// </summary>
public static class InspectorReports
{
    /// <summary>The sent reports of the cooperative's year (any inspector's).</summary>
    public static IQueryable<InspectorReport> SubmittedOf(IQueryable<InspectorReport> reports, Guid cooperativeId, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports.Where(r => r.CooperativeId == cooperativeId && r.FiscalYear == fiscalYear && r.Status == InspectorReportStatus.Submitted);
    }

    /// <summary>The sent reports of the year in short, oldest first.</summary>
    public static async Task<IReadOnlyList<InspectorReportSummary>> SummariesAsync(IAppDbContext db, Guid cooperativeId, int fiscalYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reports = await SubmittedOf(db.InspectorReports.AsNoTracking(), cooperativeId, fiscalYear)
            .OrderBy(r => r.SubmittedAtUtc)
            .ToListAsync(cancellationToken);
        return reports.Select(r => new InspectorReportSummary(
            r.Id, r.InspectorName, r.SubmittedAtUtc!.Value, r.Content.Opinion, r.Content.Findings.Count(f => f.Length > 0))).ToList();
    }
}
