namespace CoopPortal.Domain.Common;

/// <summary>Converts between ASCII, Persian (U+06F0–06F9) and Arabic-Indic (U+0660–0669) digits.</summary>
public static class PersianDigits
{
    private const char PersianZero = '\u06F0';
    private const char ArabicIndicZero = '\u0660';

    /// <summary>Replaces Persian and Arabic-Indic digits with ASCII digits; everything else is kept.</summary>
    public static string ToAscii(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= PersianZero and <= '\u06F9' => (char)('0' + (c - PersianZero)),
                    >= ArabicIndicZero and <= '\u0669' => (char)('0' + (c - ArabicIndicZero)),
                    _ => c,
                };
            }
        });
    }

    /// <summary>Replaces ASCII and Arabic-Indic digits with Persian digits, for display.</summary>
    public static string ToPersian(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '0' and <= '9' => (char)(PersianZero + (c - '0')),
                    >= ArabicIndicZero and <= '\u0669' => (char)(PersianZero + (c - ArabicIndicZero)),
                    _ => c,
                };
            }
        });
    }

    /// <summary>
    /// Keeps only the digits of <paramref name="text"/> (any of the three scripts, as ASCII), dropping the separators people
    /// type (spaces, dashes, dots, slashes). Returns null when any other character is present.
    /// </summary>
    public static string? DigitsOnly(string? text)
    {
        var ascii = ToAscii(text).Trim();
        var buffer = new System.Text.StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (c is >= '0' and <= '9')
            {
                buffer.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '/' or '\u200C' or '\u00A0'))
            {
                return null;
            }
        }

        return buffer.ToString();
    }
}
