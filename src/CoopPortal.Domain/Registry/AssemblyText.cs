namespace CoopPortal.Domain.Registry;

public static class AssemblyText
{
    public static string Title(AssemblyStatus status) => status switch
    {
        AssemblyStatus.Draft => "پیش‌نویس",
        AssemblyStatus.Submitted => "ارسال‌شده، در انتظار بررسی",
        AssemblyStatus.ReturnedForCorrection => "بازگشت برای اصلاح",
        AssemblyStatus.Confirmed => "تأیید شده؛ تعاونی ثبت شد",
        _ => status.ToString(),
    };

    public static string ActionTitle(AssemblyAction action) => action switch
    {
        AssemblyAction.Submit => "صورت‌جلسه مجمع مؤسس ارسال شد",
        AssemblyAction.SendBack => "صورت‌جلسه برای اصلاح بازگردانده شد",
        AssemblyAction.Confirm => "مجمع تأیید و تعاونی ثبت شد",
        _ => action.ToString(),
    };

    public static string Title(AssemblyFileKind kind) => kind switch
    {
        AssemblyFileKind.Minutes => "صورت‌جلسه مجمع عمومی مؤسس",
        AssemblyFileKind.Bylaws => "اساسنامه مصوب",
        AssemblyFileKind.BankCertificate => "گواهی بانکی سرمایه پرداخت‌شده",
        _ => kind.ToString(),
    };
}
