using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// How long the office takes, in days: from first submission to decision for the applications decided in the chosen
/// year, then each workflow step completed in it; median and 90th percentile, computed exactly from histograms of
/// whole hours. The country and a province read the database's histograms (<see cref="DurationBucket"/>), so the whole
/// country costs as little as one province; a county office, which they cannot split, gets the same histogram made
/// from its county's applications and their history (a county's are few).
/// </summary>
internal static class DurationStatistics
{
    public static async Task<IReadOnlyList<DurationLine>> ReadAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var buckets = scope.CountyId is null ? await RollupAsync(db, scope, cancellationToken) : await CountyAsync(db, scope, cancellationToken);

        DurationLine Line(string title, short step)
        {
            var histogram = buckets.Where(b => b.Step == step).Select(b => (Value: b.Hours / 24.0, b.Count)).ToList();
            return new DurationLine(title, histogram.Sum(b => b.Count), Percentiles.Of(histogram, 0.5), Percentiles.Of(histogram, 0.9));
        }

        var lines = new List<DurationLine> { Line(DashboardQuery.SubmissionToDecision, DurationBucket.SubmissionToDecision) };
        lines.AddRange(WorkflowSteps.All.Select(step => Line(WorkflowSteps.Title(step), StepOf(step))));
        return lines;
    }

    private static short StepOf(WorkflowStep step) => (short)((int)step + 1);

    private static async Task<List<(short Step, int Hours, long Count)>> RollupAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var province = scope.ProvinceId ?? 0;
        var rows = await db.DurationBuckets.AsNoTracking()
            .Where(b => b.Year == scope.Year && b.ProvinceId == province)
            .Select(b => new { b.Step, b.Hours, b.Count })
            .ToListAsync(cancellationToken);
        return rows.Select(b => (b.Step, b.Hours, b.Count)).ToList();
    }

    /// <summary>
    /// The county's histograms, counted as the rollup's triggers count (<c>StatisticsRollupSql</c>): a stretch belongs
    /// to the Jalali year it ended in and lasts its hours rounded to the nearest whole hour; a step's stretch ends with a
    /// line of the history that leaves one of the step's statuses for another.
    /// </summary>
    private static async Task<List<(short Step, int Hours, long Count)>> CountyAsync(IAppDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var applications = scope.Apply(db.FormationApplications.AsNoTracking(), a => a.Details.ProvinceId, a => a.Details.CountyId);
        var decided = await applications
            .Where(a => a.DecidedAtUtc >= scope.FromUtc && a.DecidedAtUtc < scope.ToUtc && a.FirstSubmittedAtUtc != null)
            .Select(a => new { Ended = a.DecidedAtUtc!.Value, Started = a.FirstSubmittedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        var steps = await applications.SelectMany(a => a.Events)
            .Where(e => e.AtUtc >= scope.FromUtc && e.AtUtc < scope.ToUtc && e.FromStatusSinceUtc != null && e.FromStatus != e.ToStatus)
            .Select(e => new { e.FromStatus, Ended = e.AtUtc, Started = e.FromStatusSinceUtc!.Value })
            .ToListAsync(cancellationToken);
        var stretches = decided.Select(d => (Step: DurationBucket.SubmissionToDecision, d.Started, d.Ended))
            .Concat(steps.Where(e => WorkflowSteps.Of(e.FromStatus) is not null)
                .Select(e => (Step: StepOf(WorkflowSteps.Of(e.FromStatus)!.Value), e.Started, e.Ended)));
        return stretches
            .Select(s => (s.Step, Hours: (int)Math.Round((s.Ended - s.Started).TotalHours, MidpointRounding.AwayFromZero)))
            .Where(s => s.Hours >= 0)
            .GroupBy(s => s)
            .Select(g => (g.Key.Step, g.Key.Hours, (long)g.Count()))
            .ToList();
    }
}
