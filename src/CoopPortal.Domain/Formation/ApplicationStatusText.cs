namespace CoopPortal.Domain.Formation;

/// <summary>The Persian names people see for each status.</summary>
public static class ApplicationStatusText
{
    public static string Title(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "پیش‌نویس",
        ApplicationStatus.Submitted => "ارسال‌شده، در انتظار بررسی",
        ApplicationStatus.UnderReview => "در حال بررسی",
        ApplicationStatus.ReturnedForCorrection => "بازگشت برای اصلاح",
        ApplicationStatus.Resubmitted => "اصلاح‌شده، در انتظار بررسی",
        ApplicationStatus.RecommendedForApproval => "در انتظار تأیید مدیر",
        ApplicationStatus.Approved => "تأیید شده",
        ApplicationStatus.Rejected => "رد شده",
        ApplicationStatus.Withdrawn => "انصراف داده شده",
        ApplicationStatus.ApprovalRevoked => "موافقت‌نامه ابطال شده",
        _ => status.ToString(),
    };

    /// <summary>The Persian line the history shows for each workflow action.</summary>
    public static string ActionTitle(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "درخواست ارسال شد",
        WorkflowAction.Resubmit => "درخواست اصلاح‌شده دوباره ارسال شد",
        WorkflowAction.Withdraw => "متقاضی انصراف داد",
        WorkflowAction.Claim => "بررسی درخواست آغاز شد",
        WorkflowAction.Assign => "درخواست به کارشناس سپرده شد",
        WorkflowAction.SendBack => "درخواست برای اصلاح بازگردانده شد",
        WorkflowAction.Recommend => "کارشناس تأیید را پیشنهاد کرد",
        WorkflowAction.Approve => "موافقت‌نامه تشکیل صادر شد",
        WorkflowAction.ReturnToReviewer => "مدیر درخواست را به کارشناس بازگرداند",
        WorkflowAction.Reject => "درخواست رد شد",
        WorkflowAction.RevokeApproval => "موافقت‌نامه تشکیل ابطال شد",
        _ => action.ToString(),
    };

    /// <summary>Statuses in which no decision has been taken yet and the applicant may still withdraw.</summary>
    public static bool IsBeforeDecision(ApplicationStatus status) => status is ApplicationStatus.Submitted
        or ApplicationStatus.UnderReview or ApplicationStatus.ReturnedForCorrection or ApplicationStatus.Resubmitted;

    /// <summary>Statuses an application counts as "pending" in (for name clashes and queues).</summary>
    public static bool IsPending(ApplicationStatus status) => IsBeforeDecision(status) || status == ApplicationStatus.RecommendedForApproval;
}
