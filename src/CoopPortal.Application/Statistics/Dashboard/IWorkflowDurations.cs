namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// How long the office takes, in days: from first submission to decision for the applications decided in the scope's
/// year, then one line per workflow step (<see cref="Domain.Formation.WorkflowSteps"/>, in its order) for the steps
/// completed in it; median and 90th percentile (interpolated, like a spreadsheet's PERCENTILE.INC). Percentiles need
/// the database's ordered-set aggregates, so the reading lives with the database code.
/// </summary>
public interface IWorkflowDurations
{
    public const string SubmissionToDecision = "از ارسال تا تصمیم نهایی";

    Task<IReadOnlyList<DurationLine>> ReadAsync(DashboardScope scope, CancellationToken cancellationToken);
}
