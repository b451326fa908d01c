using System.Globalization;
using System.Runtime.CompilerServices;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Statistics;

/// <summary>
/// How long the office takes: days from first submission to decision for the applications decided in the chosen year,
/// and days spent in each workflow step for the steps completed in it; median and 90th percentile, computed by
/// PostgreSQL (<c>percentile_cont</c>, interpolated like a spreadsheet's PERCENTILE.INC).
/// </summary>
internal sealed class WorkflowDurations(IAppDbContextFactory dbFactory) : IWorkflowDurations
{
    public async Task<IReadOnlyList<DurationLine>> ReadAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var province = scope.ProvinceId is null ? string.Empty : """ AND a."ProvinceId" = {2}""";
        var decided = await db.Database.SqlQuery<DurationRow>(Sql(
            """
            SELECT 0 AS "Step", count(*) AS "Count",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS "Median",
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY d.days) AS "P90"
            FROM (SELECT extract(epoch FROM a."DecidedAtUtc" - a."FirstSubmittedAtUtc") / 86400.0 AS days
                  FROM formation_applications a
                  WHERE a."DecidedAtUtc" >= {0} AND a."DecidedAtUtc" < {1} AND a."FirstSubmittedAtUtc" IS NOT NULL
            """ + province + ") d",
            scope)).ToListAsync(cancellationToken);

        var join = scope.ProvinceId is null ? string.Empty : """ JOIN formation_applications a ON a."Id" = e."ApplicationId" AND a."ProvinceId" = {2}""";
        var steps = await db.Database.SqlQuery<DurationRow>(Sql(
            $$"""
            SELECT s.step AS "Step", count(*) AS "Count",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days) AS "Median",
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY s.days) AS "P90"
            FROM (SELECT {{StepCase()}} AS step, extract(epoch FROM e."AtUtc" - e."FromStatusSinceUtc") / 86400.0 AS days
                  FROM application_events e{{join}}
                  WHERE e."FromStatusSinceUtc" IS NOT NULL AND e."AtUtc" >= {0} AND e."AtUtc" < {1} AND e."FromStatus" <> e."ToStatus") s
            WHERE s.step > 0
            GROUP BY s.step
            """,
            scope)).ToListAsync(cancellationToken);

        var lines = new List<DurationLine> { Line(IWorkflowDurations.SubmissionToDecision, decided.SingleOrDefault()) };
        lines.AddRange(WorkflowSteps.All.Select(step => Line(WorkflowSteps.Title(step), steps.SingleOrDefault(r => r.Step == (int)step + 1))));
        return lines;
    }

    /// <summary>The step of an event's from-status as a number (its enum value + 1; 0 outside the office's workflow), from the domain's table.</summary>
    private static string StepCase() =>
        "CASE " + string.Concat(WorkflowSteps.All.Select(step =>
            string.Create(CultureInfo.InvariantCulture, $"WHEN e.\"FromStatus\" IN ({string.Join(", ", WorkflowSteps.StatusesOf(step).Select(s => $"'{s}'"))}) THEN {(int)step + 1} "))) + "ELSE 0 END";

    private static FormattableString Sql(string format, DashboardScope scope) =>
        FormattableStringFactory.Create(format, scope.FromUtc, scope.ToUtc, scope.ProvinceId ?? 0);

    private static DurationLine Line(string title, DurationRow? row) =>
        new(title, row?.Count ?? 0, row?.Count > 0 ? row.Median : null, row?.Count > 0 ? row.P90 : null);
}

/// <summary>A row of the duration queries (read by EF from raw SQL).</summary>
internal sealed class DurationRow
{
    public int Step { get; init; }

    public long Count { get; init; }

    public double? Median { get; init; }

    public double? P90 { get; init; }
}
