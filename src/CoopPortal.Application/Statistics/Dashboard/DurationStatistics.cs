using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// How long the office takes, in days: from first submission to decision for the applications decided in the chosen
/// year, then each workflow step completed in it; median and 90th percentile, computed exactly from the database's
/// histograms of whole hours (<see cref="DurationBucket"/>), so the whole country costs as little as one province.
/// </summary>
internal static class DurationStatistics
{

    public static async Task<IReadOnlyList<DurationLine>> ReadAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var province = scope.ProvinceId ?? 0;
        var buckets = await db.DurationBuckets.AsNoTracking()
            .Where(b => b.Year == scope.Year && b.ProvinceId == province)
            .Select(b => new { b.Step, b.Hours, b.Count })
            .ToListAsync(cancellationToken);

        DurationLine Line(string title, short step)
        {
            var histogram = buckets.Where(b => b.Step == step).Select(b => (Value: b.Hours / 24.0, b.Count)).ToList();
            return new DurationLine(title, histogram.Sum(b => b.Count), Percentiles.Of(histogram, 0.5), Percentiles.Of(histogram, 0.9));
        }

        var lines = new List<DurationLine> { Line(DashboardQuery.SubmissionToDecision, DurationBucket.SubmissionToDecision) };
        lines.AddRange(WorkflowSteps.All.Select(step => Line(WorkflowSteps.Title(step), (short)((int)step + 1))));
        return lines;
    }
}
