using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Liquidation;

/// <summary>
/// A liquidator (مدیر تصفیه) named by the extraordinary assembly or by the office, with the term they serve: the holder
/// of <see cref="NationalCode"/>, proven, acts for the liquidation from <see cref="From"/> to <see cref="To"/>
/// (the derived role <c>Liquidator</c>, like an inspector's).
/// </summary>
public sealed record Liquidator(string FullName, string NationalCode, DateOnly From, DateOnly To)
{
    /// <summary>Normalizes what was typed: Persian text, ASCII digits, 8–9 digit national codes padded to 10.</summary>
    public static Liquidator Of(string? fullName, string? nationalCode, DateOnly from, DateOnly to)
    {
        var digits = PersianDigits.DigitsOnly(nationalCode);
        var code = digits is { Length: 8 or 9 } ? digits.PadLeft(10, '0') : digits ?? PersianText.Normalize(nationalCode);
        return new(FieldLengths.Fit(PersianText.Normalize(fullName).Trim(), FieldLengths.PersonName), FieldLengths.Fit(code, FieldLengths.TypedCode), from, to);
    }

    /// <summary>True when the liquidator serves on <paramref name="today"/>.</summary>
    public bool ServesOn(DateOnly today) => From <= today && today <= To;
}
