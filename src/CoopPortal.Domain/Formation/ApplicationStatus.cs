namespace CoopPortal.Domain.Formation;

/// <summary>Where a formation application stands. Stored by name.</summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    UnderReview,
    ReturnedForCorrection,
    Resubmitted,
    RecommendedForApproval,
    Approved,
    Rejected,
    Withdrawn,
}

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
        _ => status.ToString(),
    };

    /// <summary>Statuses in which no decision has been taken yet and the applicant may still withdraw.</summary>
    public static bool IsBeforeDecision(ApplicationStatus status) => status is ApplicationStatus.Submitted
        or ApplicationStatus.UnderReview or ApplicationStatus.ReturnedForCorrection or ApplicationStatus.Resubmitted;

    /// <summary>Statuses an application counts as "pending" in (for name clashes and queues).</summary>
    public static bool IsPending(ApplicationStatus status) => IsBeforeDecision(status) || status == ApplicationStatus.RecommendedForApproval;
}
