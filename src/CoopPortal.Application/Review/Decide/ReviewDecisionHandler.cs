using CoopPortal.Application.Common.Diagnostics;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Review.Decide;

/// <summary>
/// The provincial office's decisions on a formation application. Staff of another province, applicants and anyone
/// else get "not found"; office staff without the role a decision needs get a Persian refusal. Each decision and its
/// history line are saved together; two people deciding at once give exactly one transition (optimistic concurrency).
/// </summary>
public sealed class ReviewDecisionHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IStaffDirectory staff, PortalClock context,
    IOptionsMonitor<ReviewOptions> options)
{
    public const string ReviewersOnly = "این کار ویژه کارشناس اداره کل است.";
    public const string HeadOnly = "تأیید نهایی و بازگرداندن به کارشناس ویژه مدیر امور تعاونی استان است.";
    public const string UnknownReason = "دلیل رد را از فهرست انتخاب کنید.";
    public const string NotAReviewerOfProvince = "کارشناس انتخاب‌شده در این استان کار نمی‌کند.";

    /// <summary>The reviewers the head of the application's province may assign it to; empty for anyone else.</summary>
    public async Task<IReadOnlyList<StaffMember>> AssignableReviewersAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await LoadForOfficeAsync(db, applicationId, user, cancellationToken);
        return application is null || !user.IsInRole(Roles.HeadOfOffice)
            ? []
            : await staff.ReviewersForAsync(application.ProvinceId!.Value, application.Details.CountyId, cancellationToken);
    }

    public Task<Result> ClaimAsync(Guid applicationId, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, WorkflowAction.Claim, (a, user, now) => a.Claim(user.UserId!, now), cancellationToken);

    public Task<Result> SendBackAsync(Guid applicationId, IReadOnlyList<(ApplicationSection Section, string? Field, string Comment)> comments, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, WorkflowAction.SendBack, (a, user, now) => a.SendBack(user.UserId!, comments, now), cancellationToken);

    public Task<Result> RecommendAsync(Guid applicationId, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, WorkflowAction.Recommend, (a, user, now) => a.Recommend(user.UserId!, comment, now), cancellationToken);

    /// <summary>
    /// The head of office approves. The certificate (numbered without gaps) and the notification are the approval's
    /// domain event's work, in the same transaction; the certificate is then printed in the background.
    /// </summary>
    public Task<Result> ApproveAsync(Guid applicationId, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, WorkflowAction.Approve, (a, user, now) => a.Approve(user.UserId!, now), cancellationToken);

    public Task<Result> ReturnToReviewerAsync(Guid applicationId, string comment, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, WorkflowAction.ReturnToReviewer, (a, user, now) => a.ReturnToReviewer(user.UserId!, comment, now), cancellationToken);

    public async Task<Result> AssignAsync(Guid applicationId, string reviewerUserId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await LoadForOfficeAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result.NotFound();
        }

        if (Refusal(application, user, WorkflowAction.Assign) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        if (!await staff.IsReviewerForAsync(reviewerUserId, application.ProvinceId!.Value, application.Details.CountyId, cancellationToken))
        {
            return Result.Conflict(NotAReviewerOfProvince);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            application.Assign(user.UserId!, reviewerUserId, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>The reviewer who claimed it (while under review) or the head (once recommended) rejects with a listed reason.</summary>
    public async Task<Result> RejectAsync(Guid applicationId, string reasonCode, string explanation, CancellationToken cancellationToken)
    {
        var reason = RejectionReason.Find(reasonCode);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await LoadForOfficeAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result.NotFound();
        }

        if (Refusal(application, user, WorkflowAction.Reject) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        if (reason is null)
        {
            return Result.Invalid(new Dictionary<string, string[]> { ["Reason"] = [UnknownReason] });
        }

        return await SaveResults.SaveAsync(async () =>
        {
            application.Reject(user.UserId!, reason, explanation, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            PortalMetrics.DecisionTaken(nameof(WorkflowAction.Reject));
        });
    }

    private async Task<Result> DecideAsync(Guid applicationId, WorkflowAction action, Action<FormationApplication, ICurrentUser, DateTime> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await LoadForOfficeAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result.NotFound();
        }

        if (Refusal(application, user, action) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            decide(application, user, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            PortalMetrics.DecisionTaken(action.ToString());
        });
    }

    /// <summary>
    /// Why the person may not take the action: the workflow table names another actor (a reviewer's step, or the head
    /// of office's), or separation of duties (their own application, or the approval of what they recommended).
    /// </summary>
    private string? Refusal(FormationApplication application, ICurrentUser user, WorkflowAction action) =>
        WorkflowAuthorization.Refusal(
            ApplicationWorkflow.Machine, application.Status, action, user, isOwner: false, application.Parties,
            actor => actor == Roles.HeadOfOffice ? HeadOnly : ReviewersOnly, options.CurrentValue.SeparateRecommendAndApprove);

    /// <summary>A submitted application of a province the caller works for; null for anyone else (not found).</summary>
    private static async Task<FormationApplication?> LoadForOfficeAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var isStaff = user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice);
        if (!isStaff)
        {
            return null;
        }

        // The members come too: separation of duties asks whether the person deciding is one of them.
        var application = await db.FormationApplications.Include(a => a.Events).Include(a => a.Corrections).Include(a => a.Members)
            .SingleOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft, cancellationToken);
        return application?.ProvinceId is { } province && OfficeScope.CanActIn(user, province, application.Details.CountyId) ? application : null;
    }
}
