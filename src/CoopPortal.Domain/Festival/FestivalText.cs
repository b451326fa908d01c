namespace CoopPortal.Domain.Festival;

/// <summary>The Persian words of a festival case: statuses and steps.</summary>
public static class FestivalText
{
    public static string Title(FestivalStatus status) => status switch
    {
        FestivalStatus.Shortlisting => "در حال انتخاب نامزدها",
        FestivalStatus.ShortlistSubmitted => "فهرست نامزدها نزد مدیر",
        FestivalStatus.WinnersConfirmed => "برگزیدگان تأیید شدند",
        FestivalStatus.Published => "برگزیدگان منتشر شدند",
        _ => status.ToString(),
    };

    public static string ActionTitle(FestivalAction action) => action switch
    {
        FestivalAction.Open => "گشایش جشنواره",
        FestivalAction.Shortlist => "افزودن به فهرست نامزدها",
        FestivalAction.Unlist => "حذف از فهرست نامزدها",
        FestivalAction.SubmitShortlist => "ارسال فهرست نامزدها برای مدیر",
        FestivalAction.ConfirmWinners => "تأیید برگزیدگان",
        FestivalAction.SendBack => "بازگرداندن فهرست نامزدها",
        FestivalAction.Publish => "انتشار برگزیدگان",
        _ => action.ToString(),
    };
}
