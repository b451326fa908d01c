namespace CoopPortal.Domain.Inspection;

/// <summary>The sections of an inspector's report, in the order the law asks them and the form shows them.</summary>
public enum InspectorReportSection
{
    /// <summary>دفاتر قانونی: whether the legal books are kept.</summary>
    Books,

    /// <summary>صورت‌های مالی: the figures checked and remarks.</summary>
    Statements,

    /// <summary>رعایت اساسنامه.</summary>
    Bylaws,

    /// <summary>اجرای مصوبات مجمع.</summary>
    Resolutions,

    /// <summary>یافته‌ها: a list.</summary>
    Findings,

    /// <summary>اظهارنظر.</summary>
    Opinion,
}
