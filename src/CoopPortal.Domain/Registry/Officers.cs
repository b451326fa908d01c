using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Registry;

/// <summary>The posts the general assembly and the board fill (domain.md: board, alternates, inspectors, CEO).</summary>
public enum OfficerRole
{
    BoardMember,
    AlternateBoardMember,
    Inspector,
    AlternateInspector,
    Ceo,
}

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

/// <summary>
/// One officer as typed: name and national code kept as typed (normalized) so nothing is lost; the validators say what
/// must still be fixed. Terms are Jalali days stored as dates.
/// </summary>
public sealed record OfficerEntry(OfficerRole Role, string FullName, string NationalCode, DateOnly? TermStartsOn = null, DateOnly? TermEndsOn = null)
{
    /// <summary>Normalizes what a person typed: Persian text, ASCII digits, 8–9 digit national codes padded to 10.</summary>
    public static OfficerEntry From(OfficerRole role, string? fullName, string? nationalCode, DateOnly? termStartsOn = null, DateOnly? termEndsOn = null)
    {
        var digits = PersianDigits.DigitsOnly(nationalCode);
        var code = digits is { Length: 8 or 9 } ? digits.PadLeft(10, '0') : digits ?? PersianText.Normalize(nationalCode);
        return new OfficerEntry(role, PersianText.Normalize(fullName), code, termStartsOn, termEndsOn);
    }
}

/// <summary>
/// The registry's configurable rules (configuration section "RegistryRules"): board size and terms (domain.md: 3 to 7
/// principal members, term 2 or 3 years; inspectors usually one year).
/// </summary>
public sealed record RegistryRules
{
    public const string SectionName = "RegistryRules";

    public int MinimumBoard { get; init; } = 3;

    public int MaximumBoard { get; init; } = 7;

    public int MaximumInspectors { get; init; } = 3;

    public int BoardTermYears { get; init; } = 3;

    public int InspectorTermYears { get; init; } = 1;

    public static RegistryRules Default { get; } = new();

    /// <summary>The last day of a term that starts on <paramref name="start"/> and lasts whole Jalali years.</summary>
    public static DateOnly TermEnd(DateOnly start, int years) => JalaliDate.AddYears(start, years).AddDays(-1);

    public DateOnly TermEndFor(OfficerRole role, DateOnly start) =>
        TermEnd(start, OfficerRoleText.IsInspector(role) ? InspectorTermYears : BoardTermYears);
}
