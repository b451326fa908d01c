using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

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

    public static string Title(SectionStatus status) => SectionStatusText.Title(status);
}
