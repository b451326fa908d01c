using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Registry;

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
        // Kept within the columns the cooperative's officers are registered into (FieldLengths).
        return new OfficerEntry(role, FieldLengths.Fit(PersianText.Normalize(fullName), FieldLengths.PersonName), FieldLengths.Fit(code, FieldLengths.TypedCode), termStartsOn, termEndsOn);
    }
}
