namespace CoopPortal.Domain.Inspection;

/// <summary>The Persian words of an inspector's report: statuses, steps, opinions and sections.</summary>
public static class InspectorReportText
{
    public static string Title(InspectorReportStatus status) => status switch
    {
        InspectorReportStatus.Draft => "در حال نگارش",
        InspectorReportStatus.Submitted => "امضا و ارسال شده",
        _ => status.ToString(),
    };

    public static string ActionTitle(InspectorReportAction action) => action switch
    {
        InspectorReportAction.Submit => "امضا و ارسال گزارش بازرس",
        _ => action.ToString(),
    };

    public static string Title(InspectorOpinion opinion) => opinion switch
    {
        InspectorOpinion.Unqualified => "مقبول",
        InspectorOpinion.Qualified => "مشروط",
        InspectorOpinion.Adverse => "مردود",
        InspectorOpinion.Disclaimer => "عدم اظهارنظر",
        _ => opinion.ToString(),
    };

    /// <summary>What each opinion means, shown beside its choice.</summary>
    public static string Hint(InspectorOpinion opinion) => opinion switch
    {
        InspectorOpinion.Unqualified => "صورت‌های مالی از همه جنبه‌های بااهمیت، وضع مالی تعاونی را درست نشان می‌دهد.",
        InspectorOpinion.Qualified => "صورت‌های مالی جز در مواردی که در مبنای اظهارنظر می‌آید، درست است.",
        InspectorOpinion.Adverse => "صورت‌های مالی وضع مالی تعاونی را درست نشان نمی‌دهد.",
        InspectorOpinion.Disclaimer => "مدارک کافی در دسترس نبود و بازرس نمی‌تواند اظهارنظر کند.",
        _ => string.Empty,
    };

    public static string Title(InspectorReportSection section) => section switch
    {
        InspectorReportSection.Books => "دفاتر قانونی",
        InspectorReportSection.Statements => "صورت‌های مالی",
        InspectorReportSection.Bylaws => "رعایت اساسنامه",
        InspectorReportSection.Resolutions => "اجرای مصوبات مجمع",
        InspectorReportSection.Findings => "یافته‌ها",
        InspectorReportSection.Opinion => "اظهارنظر بازرس",
        _ => section.ToString(),
    };
}
