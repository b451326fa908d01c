using System.Globalization;

namespace CoopPortal.Domain.Common;

/// <summary>Numbers as Persian readers write them: Persian digits, ٬ between thousands.</summary>
public static class PersianNumbers
{
    public static string Format(long value) =>
        PersianDigits.ToPersian(value.ToString("#,0", CultureInfo.InvariantCulture)).Replace(',', '٬');

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
