namespace CoopPortal.Domain.Cooperatives;

/// <summary>The Persian words of a cooperative's life: its statuses and the steps between them.</summary>
public static class CooperativeStatusText
{
    public static string Title(CooperativeStatus status) => status switch
    {
        CooperativeStatus.Active => "فعال",
        CooperativeStatus.DormancyCaseOpen => "در پرونده رکود",
        CooperativeStatus.Dissolved => "منحل",
        CooperativeStatus.InLiquidation => "در حال تصفیه",
        CooperativeStatus.StruckOff => "حذف از دفتر ثبت",
        _ => status.ToString(),
    };

    /// <summary>The Persian line the status history shows for each step.</summary>
    public static string ActionTitle(CooperativeStatusAction action) => action switch
    {
        CooperativeStatusAction.OpenDormancyCase => "پرونده رکود گشوده شد",
        CooperativeStatusAction.Revive => "تعاونی احیا شد",
        CooperativeStatusAction.CloseDormancyCase => "پرونده رکود بسته شد",
        CooperativeStatusAction.PursueDissolution => "انحلال تعاونی پیگیری شد",
        CooperativeStatusAction.ResolveDissolution => "مجمع عمومی فوق‌العاده انحلال را تصویب کرد",
        CooperativeStatusAction.StartLiquidation => "مدیران تصفیه معرفی شدند و تصفیه آغاز شد",
        CooperativeStatusAction.StrikeOff => "گزارش نهایی تصفیه تأیید و تعاونی از دفتر ثبت حذف شد",
        _ => action.ToString(),
    };

    /// <summary>
    /// The sentence shown where the cooperative's documents or lists appear when it is no longer active (dissolved,
    /// in liquidation or struck off); null for an active cooperative or one under a dormancy case.
    /// </summary>
    public static string? EndOfLifeNotice(CooperativeStatus status) => status switch
    {
        CooperativeStatus.Dissolved => "این تعاونی منحل شده است.",
        CooperativeStatus.InLiquidation => "این تعاونی منحل شده و در حال تصفیه است.",
        CooperativeStatus.StruckOff => "این تعاونی منحل و پس از تصفیه از دفتر ثبت حذف شده است.",
        _ => null,
    };
}
