namespace CoopPortal.Domain.Dormancy;

/// <summary>The Persian words of the dormancy case: its statuses, steps, answers and legal grounds.</summary>
public static class DormancyText
{
    /// <summary>The legal basis the notice cites.</summary>
    public const string LegalBasis = "ماده ۵۴ قانون بخش تعاونی اقتصاد جمهوری اسلامی ایران و آیین‌نامه اجرایی آن";

    public static string Title(DormancyStatus status) => status switch
    {
        DormancyStatus.None => "گشوده نشده",
        DormancyStatus.AwaitingAnswer => "در انتظار پاسخ تعاونی",
        DormancyStatus.Answered => "پاسخ داده شده",
        DormancyStatus.Revived => "احیا شد",
        DormancyStatus.DissolutionPursued => "پیگیری انحلال",
        DormancyStatus.Closed => "بسته شد",
        _ => status.ToString(),
    };

    public static string Title(DormancyAction action) => action switch
    {
        DormancyAction.Open => "گشودن پرونده رکود",
        DormancyAction.Answer => "پاسخ مدیران تعاونی",
        DormancyAction.Revive => "ثبت احیای تعاونی",
        DormancyAction.PursueDissolution => "پیگیری انحلال",
        DormancyAction.Close => "بستن پرونده",
        _ => action.ToString(),
    };

    public static string Title(DormancyAnswerKind answer) => answer switch
    {
        DormancyAnswerKind.Reviving => "در حال احیای تعاونی هستیم",
        DormancyAnswerKind.Refusing => "تعاونی ادامه فعالیت نمی‌دهد",
        _ => answer.ToString(),
    };

    public static string Title(DissolutionGround ground) => ground switch
    {
        DissolutionGround.Article54 => "ماده ۵۴ قانون بخش تعاونی",
        DissolutionGround.NoAnswer => "پاسخ ندادن در مهلت اخطاریه",
        DissolutionGround.ManagersRefused => "اعلام مدیران به ادامه ندادن فعالیت",
        _ => ground.ToString(),
    };
}
