using System.Collections.Frozen;
using CoopPortal.Domain.Common;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CoopPortal.Web.Components.Layout;

/// <summary>
/// The words MudBlazor writes itself (the breadcrumb's label, the close buttons of alerts, chips and messages, the page
/// buttons of a pager) in Persian: a screen reader read «Breadcrumb» and «Close» on Persian pages (issue 17). A key
/// not listed here keeps MudBlazor's text; the portal's own components never rely on these.
/// </summary>
internal sealed class PersianMudLocalizer : MudLocalizer
{
    private static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MudBreadcrumbs_Label"] = "مسیر صفحه",
        ["MudAlert_Close"] = "بستن پیام",
        ["MudChip_Close"] = "حذف",
        ["MudSnackbar_Close"] = "بستن پیام",
        ["MudPagination_FirstPage"] = "صفحه نخست",
        ["MudPagination_LastPage"] = "صفحه آخر",
        ["MudPagination_NextPage"] = "صفحه بعد",
        ["MudPagination_PreviousPage"] = "صفحه قبل",
        ["MudPagination_CurrentPage"] = "صفحه کنونی، {0}",
        ["MudPagination_PageIndex"] = "صفحه {0}",
        ["MudTablePager_FirstPage"] = "صفحه نخست",
        ["MudTablePager_LastPage"] = "صفحه آخر",
        ["MudTablePager_NextPage"] = "صفحه بعد",
        ["MudTablePager_PreviousPage"] = "صفحه قبل",
        ["MudTable_Loading"] = "در حال بارگذاری…",
        ["MudTabs_ScrollLeft"] = "زبانه‌های چپ",
        ["MudTabs_ScrollRight"] = "زبانه‌های راست",
        ["MudTabs_ScrollUp"] = "زبانه‌های بالا",
        ["MudTabs_ScrollDown"] = "زبانه‌های پایین",
        ["MudInput_Increment"] = "افزایش",
        ["MudInput_Decrement"] = "کاهش",
        ["MudNavGroup_ToggleExpand"] = "باز و بسته کردن {0}",
        ["MudSelect_SelectAll"] = "انتخاب همه",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : base[key];

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, PersianDigits.ToPersian(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, arguments)))
            : base[key, arguments];

    /// <summary>The keys given a Persian text (the component test checks each is one MudBlazor knows).</summary>
    public static IEnumerable<string> Keys => Texts.Keys;
}
