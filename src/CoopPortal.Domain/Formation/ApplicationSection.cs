namespace CoopPortal.Domain.Formation;

/// <summary>The sections of the task list, in the order a person fills them.</summary>
public enum ApplicationSection
{
    Cooperative,
    Names,
    Members,
    FoundersBoard,
    Capital,
    Documents,
    Declaration,
}

public enum SectionStatus
{
    NotStarted,
    InProgress,
    Completed,
    NeedsCorrection,
}

public static class ApplicationSectionText
{
    public static IReadOnlyList<ApplicationSection> All { get; } = Enum.GetValues<ApplicationSection>();

    public static string Title(ApplicationSection section) => section switch
    {
        ApplicationSection.Cooperative => "مشخصات تعاونی",
        ApplicationSection.Names => "نام‌های پیشنهادی",
        ApplicationSection.Members => "اعضا",
        ApplicationSection.FoundersBoard => "هیئت مؤسس",
        ApplicationSection.Capital => "سرمایه و سهام",
        ApplicationSection.Documents => "مدارک",
        ApplicationSection.Declaration => "تأیید و تعهد",
        _ => section.ToString(),
    };

    public static string Title(SectionStatus status) => status switch
    {
        SectionStatus.NotStarted => "شروع نشده",
        SectionStatus.InProgress => "در حال تکمیل",
        SectionStatus.Completed => "تکمیل شده",
        SectionStatus.NeedsCorrection => "نیاز به اصلاح",
        _ => status.ToString(),
    };
}

/// <summary>Something that keeps an application from being submitted: where it is and, in Persian, what to do.</summary>
public sealed record Problem(ApplicationSection Section, string Field, string Message);
