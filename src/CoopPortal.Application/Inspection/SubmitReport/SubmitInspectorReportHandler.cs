using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Domain.Inspection;

namespace CoopPortal.Application.Inspection.SubmitReport;

/// <summary>
/// The inspector signs the report by sending it: refused with every problem by field while one is left; refused for an
/// inspector who manages the cooperative (E02). Two sends at once take one step (the row version); the second is told
/// the report changed elsewhere. Not found for anyone but its author while still an inspector of the cooperative.
/// </summary>
public sealed class SubmitInspectorReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var today = clock.Today;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await InspectionAccess.LoadOwnAsync(db, reportId, user, today, cancellationToken) is not var (report, cooperative))
        {
            return Result.NotFound();
        }

        var refusal = WorkflowAuthorization.Refusal(
            InspectorReport.Workflow, report.Status, InspectorReportAction.Submit, user, isOwner: InspectionAccess.IsAuthor(report, user), report.Parties,
            _ => "گزارش را بازرسی که آن را نوشته است امضا و ارسال می‌کند.");
        if (refusal is not null)
        {
            return Result.Conflict(refusal);
        }

        var problems = InspectorReportRules.Validate(report.Content);
        if (problems.Count > 0 && report.IsEditable)
        {
            return Result.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        return await SaveResults.SaveAsync(async () =>
        {
            report.Submit(user.UserId!, cooperative, today, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
