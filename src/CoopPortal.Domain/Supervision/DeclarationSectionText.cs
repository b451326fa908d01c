namespace CoopPortal.Domain.Supervision;

public static class DeclarationSectionText
{
    public static IReadOnlyList<DeclarationSection> All { get; } = Enum.GetValues<DeclarationSection>();

    public static string Title(DeclarationSection section) => section switch
    {
        DeclarationSection.Members => "اعضا، کارکنان و سرمایه",
        DeclarationSection.Finances => "صورت‌های مالی",
        DeclarationSection.Assemblies => "مجامع عمومی",
        DeclarationSection.Officers => "هیئت مدیره و بازرسان",
        DeclarationSection.InspectorsReport => "گزارش بازرسان",
        DeclarationSection.Compliance => "تکالیف قانونی",
        DeclarationSection.Activity => "آموزش و صادرات",
        _ => section.ToString(),
    };

    /// <summary>The section a field of the declaration (a problem's key, e.g. "Officers[2].NationalCode") belongs to.</summary>
    public static DeclarationSection? SectionOf(string field) => DeclarationFieldCatalog.SectionOf(field);
}
