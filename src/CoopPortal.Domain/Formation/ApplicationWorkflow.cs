namespace CoopPortal.Domain.Formation;

/// <summary>What someone does to an application.</summary>
public enum WorkflowAction
{
    Submit,
    Withdraw,
    Claim,
    Assign,
    SendBack,
    Resubmit,
    Recommend,
    Approve,
    ReturnToReviewer,
    Reject,
    RevokeApproval,
}

/// <summary>
/// The formation workflow as a table that reads like data: from a status, an action leads to a status. Anything not in
/// the table is refused with a Persian reason. Roles are checked by the use cases; this table is about states only.
/// </summary>
public static class ApplicationWorkflow
{
    private static readonly Dictionary<(ApplicationStatus From, WorkflowAction Action), ApplicationStatus> Transitions = new()
    {
        [(ApplicationStatus.Draft, WorkflowAction.Submit)] = ApplicationStatus.Submitted,
        [(ApplicationStatus.Submitted, WorkflowAction.Claim)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Resubmitted, WorkflowAction.Claim)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Submitted, WorkflowAction.Assign)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Resubmitted, WorkflowAction.Assign)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.UnderReview, WorkflowAction.Assign)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.UnderReview, WorkflowAction.SendBack)] = ApplicationStatus.ReturnedForCorrection,
        [(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Resubmit)] = ApplicationStatus.Resubmitted,
        [(ApplicationStatus.UnderReview, WorkflowAction.Recommend)] = ApplicationStatus.RecommendedForApproval,
        [(ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve)] = ApplicationStatus.Approved,
        [(ApplicationStatus.RecommendedForApproval, WorkflowAction.ReturnToReviewer)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.UnderReview, WorkflowAction.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.RecommendedForApproval, WorkflowAction.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.Approved, WorkflowAction.RevokeApproval)] = ApplicationStatus.ApprovalRevoked,
        [(ApplicationStatus.Submitted, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.UnderReview, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Resubmitted, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
    };

    public static IReadOnlyDictionary<(ApplicationStatus From, WorkflowAction Action), ApplicationStatus> Table => Transitions;

    /// <summary>The status the action leads to, or null with the Persian reason it is refused.</summary>
    public static (ApplicationStatus? To, string? Refusal) Next(ApplicationStatus from, WorkflowAction action) =>
        Transitions.TryGetValue((from, action), out var to) ? (to, null) : (null, Refusal(from, action));

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
