using System.Globalization;

namespace CoopPortal.Domain.Common;

/// <summary>
/// Quantities as Persian readers write them: Persian digits, «٬» (U+066C) between thousands, «٫» (U+066B) as the decimal
/// point (docs/glossary.md). Codes are not quantities: they keep Latin digits (<c>PersianFormat.Code</c>).
/// </summary>
public static class PersianNumbers
{
    /// <summary>The Persian thousands separator «٬».</summary>
    public const char ThousandsSeparator = '\u066C';

    /// <summary>The Persian decimal separator «٫».</summary>
    public const char DecimalSeparator = '\u066B';

    /// <summary>A whole number, e.g. ۱٬۲۵۰٬۰۰۰.</summary>
    public static string Format(long value) => Persian(value.ToString("#,0", CultureInfo.InvariantCulture));

    /// <summary>
    /// A number with at most <paramref name="decimals"/> decimals (rounded half away from zero, trailing zeros dropped),
    /// e.g. ۱۲٫۵ or ۱٬۲۵۰٫۷۵.
    /// </summary>
    public static string Format(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return Persian(rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), CultureInfo.InvariantCulture));
    }

    private static string Persian(string invariant) =>
        PersianDigits.ToPersian(invariant).Replace(',', ThousandsSeparator).Replace('.', DecimalSeparator);

    /// <summary>
    /// Reads an amount as people type it: Persian, Arabic-Indic or ASCII digits, with ٬ , . or spaces between thousands.
    /// Null when blank or not a whole non-negative number that fits.
    /// </summary>
    public static long? Parse(string? text)
    {
        var ascii = PersianDigits.ToAscii(text).Trim();
        var digits = new string(ascii.Where(c => c is not (',' or '٬' or '.' or ' ' or '\u066B' or '_')).ToArray());
        return digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit)
            ? long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}
