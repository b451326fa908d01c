using CoopPortal.Application.Festival.Common;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Festival;

/// <summary>What the festival's decisions ask before they are taken: the facts, what follows, the decision's words.</summary>
public static class FestivalConfirmations
{
    public static Confirmation Submit(FestivalView view) => new(
        "فهرست نامزدها برای مدیر فرستاده شود؟",
        [("جشنواره", Title(view)), ("نامزدها", Application.Common.Formatting.PersianFormat.Number(view.Nominees.Count) + " تعاونی")],
        "تا مدیر تصمیم نگیرد یا فهرست را بازنگرداند، نامزدی تازه افزوده یا حذف نمی‌شود.",
        "ارسال فهرست برای مدیر");

    public static Confirmation Confirm(FestivalView view, IReadOnlyCollection<Guid> winners) => new(
        "برگزیدگان تأیید و لوح تقدیر صادر شود؟",
        [("جشنواره", Title(view)), ("برگزیدگان", string.Join("، ", view.Nominees.Where(n => winners.Contains(n.CooperativeId)).Select(n => $"{n.Name} ({n.Orientation})")))],
        "برای هر برگزیده لوح تقدیر با کد استعلام صادر می‌شود و مدیران تعاونی باخبر می‌شوند. تأیید بازگشت‌پذیر نیست.",
        "تأیید برگزیدگان و صدور لوح تقدیر",
        Color.Success);

    public static Confirmation SendBack(FestivalView view, string comment) => new(
        "فهرست نامزدها بازگردانده شود؟",
        [("جشنواره", Title(view)), ("توضیح", comment)],
        "فهرست برای اصلاح نزد کارشناسان برمی‌گردد و کارشناسی که آن را فرستاده بود باخبر می‌شود.",
        "بازگرداندن فهرست",
        Color.Warning);

    public static Confirmation Publish(FestivalView view) => new(
        "برگزیدگان در صفحه عمومی منتشر شوند؟",
        [("جشنواره", Title(view)), ("برگزیدگان", Application.Common.Formatting.PersianFormat.Number(view.Nominees.Count(n => n.IsWinner)) + " تعاونی")],
        "نام برگزیدگان با گرایش و شهرستانشان برای همه، بدون ورود، نمایش داده می‌شود. انتشار بازگشت‌پذیر نیست.",
        "انتشار برگزیدگان");

    private static string Title(FestivalView view) => $"سال {FestivalUi.Year(view.FiscalYear)}، استان {view.Province}";
}
