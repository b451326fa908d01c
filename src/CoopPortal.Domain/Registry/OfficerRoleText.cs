namespace CoopPortal.Domain.Registry;

public static class OfficerRoleText
{
    public static IReadOnlyList<OfficerRole> All { get; } = Enum.GetValues<OfficerRole>();

    public static string Title(OfficerRole role) => role switch
    {
        OfficerRole.BoardMember => "عضو اصلی هیئت مدیره",
        OfficerRole.AlternateBoardMember => "عضو علی‌البدل هیئت مدیره",
        OfficerRole.Inspector => "بازرس اصلی",
        OfficerRole.AlternateInspector => "بازرس علی‌البدل",
        OfficerRole.Ceo => "مدیرعامل",
        _ => role.ToString(),
    };

    public static bool IsBoard(OfficerRole role) => role is OfficerRole.BoardMember or OfficerRole.AlternateBoardMember;

    public static bool IsInspector(OfficerRole role) => role is OfficerRole.Inspector or OfficerRole.AlternateInspector;
}
