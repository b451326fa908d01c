namespace CoopPortal.Domain.Supervision;

public static class DeclarationText
{
    public static string Title(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => "پیش‌نویس",
        DeclarationStatus.Submitted => "ارسال‌شده، در انتظار بررسی",
        DeclarationStatus.ReturnedForCorrection => "بازگشت برای اصلاح",
        DeclarationStatus.Resubmitted => "اصلاح‌شده، در انتظار بررسی",
        DeclarationStatus.InspectionPlanned => "بازدید نظارتی برنامه‌ریزی شد",
        DeclarationStatus.Accepted => "پذیرفته شد",
        DeclarationStatus.Inspected => "بازدید نظارتی انجام شد",
        _ => status.ToString(),
    };

    public static string ActionTitle(DeclarationAction action) => action switch
    {
        DeclarationAction.Submit => "خوداظهاری ارسال شد",
        DeclarationAction.Resubmit => "خوداظهاری اصلاح‌شده دوباره ارسال شد",
        DeclarationAction.SendBack => "خوداظهاری برای اصلاح بازگردانده شد",
        DeclarationAction.PlanInspection => "بازدید نظارتی برنامه‌ریزی شد",
        DeclarationAction.Accept => "خوداظهاری پذیرفته شد",
        DeclarationAction.RecordInspection => "گزارش بازدید نظارتی ثبت شد",
        _ => action.ToString(),
    };

    /// <summary>Statuses in which the office has a declaration to work on.</summary>
    public static bool AwaitsOffice(DeclarationStatus status) =>
        status is DeclarationStatus.Submitted or DeclarationStatus.Resubmitted or DeclarationStatus.InspectionPlanned or DeclarationStatus.Inspected;
}
