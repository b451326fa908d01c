namespace CoopPortal.Domain.Liquidation;

/// <summary>The Persian words of a liquidation: its statuses, steps and reports.</summary>
public static class LiquidationText
{
    public static string Title(LiquidationStatus status) => status switch
    {
        LiquidationStatus.Started => "تصفیه آغاز شده",
        LiquidationStatus.InterimReported => "گزارش میان‌دوره‌ای ثبت شده",
        LiquidationStatus.FinalReportFiled => "گزارش نهایی در انتظار بررسی",
        LiquidationStatus.ReturnedForCorrection => "گزارش نهایی برای اصلاح بازگشته",
        LiquidationStatus.Recommended => "در انتظار تأیید مدیر اداره کل",
        LiquidationStatus.StruckOff => "حذف از دفتر ثبت",
        _ => status.ToString(),
    };

    public static string Title(LiquidationAction action) => action switch
    {
        LiquidationAction.Start => "مدیران تصفیه معرفی شدند و تصفیه آغاز شد",
        LiquidationAction.FileInterim => "گزارش میان‌دوره‌ای تصفیه ثبت شد",
        LiquidationAction.FileFinal => "گزارش نهایی تصفیه ثبت شد",
        LiquidationAction.SendBack => "گزارش نهایی برای اصلاح بازگردانده شد",
        LiquidationAction.Recommend => "کارشناس تأیید گزارش نهایی را پیشنهاد کرد",
        LiquidationAction.Confirm => "گزارش نهایی تأیید و تعاونی از دفتر ثبت حذف شد",
        _ => action.ToString(),
    };

    public static string Title(LiquidationReportKind kind) => kind switch
    {
        LiquidationReportKind.Interim => "گزارش میان‌دوره‌ای",
        LiquidationReportKind.Final => "گزارش نهایی",
        _ => kind.ToString(),
    };
}
