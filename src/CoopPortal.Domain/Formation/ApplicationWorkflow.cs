using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// The formation workflow as a table that reads like data: from a status, who may take an action (the applicant, a
/// reviewer or the head of office of the province), where it leads, and whether the applicant sees the step. Anything
/// not in the table is refused with a Persian reason; the use cases check the actor and separation of duties against
/// it, and the review page offers exactly the rows open to the person.
/// </summary>
public static class ApplicationWorkflow
{
    private const string Owner = CaseActors.Owner;
    private const string Reviewer = Roles.Reviewer;
    private const string Head = Roles.HeadOfOffice;

    public static StateMachine<ApplicationStatus, WorkflowAction> Machine { get; } = new(
        [
            new(ApplicationStatus.Draft, WorkflowAction.Submit, ApplicationStatus.Submitted, Owner),
            new(ApplicationStatus.Submitted, WorkflowAction.Claim, ApplicationStatus.UnderReview, Reviewer),
            new(ApplicationStatus.Resubmitted, WorkflowAction.Claim, ApplicationStatus.UnderReview, Reviewer),
            new(ApplicationStatus.Submitted, WorkflowAction.Assign, ApplicationStatus.UnderReview, Head, ShownToApplicant: false),
            new(ApplicationStatus.Resubmitted, WorkflowAction.Assign, ApplicationStatus.UnderReview, Head, ShownToApplicant: false),
            new(ApplicationStatus.UnderReview, WorkflowAction.Assign, ApplicationStatus.UnderReview, Head, ShownToApplicant: false),
            new(ApplicationStatus.UnderReview, WorkflowAction.SendBack, ApplicationStatus.ReturnedForCorrection, Reviewer),
            new(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Resubmit, ApplicationStatus.Resubmitted, Owner),
            new(ApplicationStatus.UnderReview, WorkflowAction.Recommend, ApplicationStatus.RecommendedForApproval, Reviewer),
            new(ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve, ApplicationStatus.Approved, Head, NotBy: [WorkflowAction.Recommend]),
            new(ApplicationStatus.RecommendedForApproval, WorkflowAction.ReturnToReviewer, ApplicationStatus.UnderReview, Head, ShownToApplicant: false),
            new(ApplicationStatus.UnderReview, WorkflowAction.Reject, ApplicationStatus.Rejected, Reviewer),
            new(ApplicationStatus.RecommendedForApproval, WorkflowAction.Reject, ApplicationStatus.Rejected, Head, NotBy: [WorkflowAction.Recommend]),
            new(ApplicationStatus.Approved, WorkflowAction.RevokeApproval, ApplicationStatus.ApprovalRevoked, Head),
            new(ApplicationStatus.Submitted, WorkflowAction.Withdraw, ApplicationStatus.Withdrawn, Owner),
            new(ApplicationStatus.UnderReview, WorkflowAction.Withdraw, ApplicationStatus.Withdrawn, Owner),
            new(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Withdraw, ApplicationStatus.Withdrawn, Owner),
            new(ApplicationStatus.Resubmitted, WorkflowAction.Withdraw, ApplicationStatus.Withdrawn, Owner),
        ],
        Refusal);

    public static IReadOnlyDictionary<(ApplicationStatus From, WorkflowAction Action), ApplicationStatus> Table => Machine.Table;

    /// <summary>The status the action leads to, or null with the Persian reason it is refused.</summary>
    public static (ApplicationStatus? To, string? Refusal) Next(ApplicationStatus from, WorkflowAction action) => Machine.Next(from, action);

    private static string Refusal(ApplicationStatus from, WorkflowAction action) => (from, action) switch
    {
        (ApplicationStatus.Draft, _) => "این درخواست هنوز ارسال نشده است.",
        (ApplicationStatus.Withdrawn, _) => "متقاضی از این درخواست انصراف داده است.",
        (ApplicationStatus.ApprovalRevoked, _) => "موافقت‌نامه این درخواست ابطال شده است.",
        (_, WorkflowAction.RevokeApproval) => "فقط موافقت‌نامه درخواست تأییدشده را می‌توان ابطال کرد.",
        (ApplicationStatus.Approved or ApplicationStatus.Rejected, WorkflowAction.Withdraw) => "درباره این درخواست تصمیم گرفته شده و انصراف دیگر ممکن نیست.",
        (ApplicationStatus.Approved or ApplicationStatus.Rejected, _) => "درباره این درخواست پیش‌تر تصمیم گرفته شده است.",
        (ApplicationStatus.RecommendedForApproval, WorkflowAction.Withdraw) => "این درخواست در انتظار تصمیم مدیر است و انصراف دیگر ممکن نیست.",
        (_, WorkflowAction.Submit) => "این درخواست پیش‌تر ارسال شده است.",
        (_, WorkflowAction.Resubmit) => "این درخواست برای اصلاح بازگردانده نشده است.",
        (ApplicationStatus.UnderReview, WorkflowAction.Claim) => "کارشناس دیگری این درخواست را برداشته است.",
        (_, WorkflowAction.Claim or WorkflowAction.Assign) => "این درخواست در انتظار بررسی نیست.",
        (_, WorkflowAction.Approve or WorkflowAction.ReturnToReviewer) => "این درخواست هنوز برای تأیید پیشنهاد نشده است.",
        _ => $"این کار در وضعیت «{ApplicationStatusText.Title(from)}» ممکن نیست.",
    };
}
