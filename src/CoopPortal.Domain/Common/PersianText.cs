using System.Text;

namespace CoopPortal.Domain.Common;

/// <summary>
/// Normalization of Persian text before it is stored or compared (domain.md, "Persian-locale conventions"):
/// Arabic ي/ى and ك become Persian ی and ک, Arabic-Indic and Persian digits are kept as typed for storage but
/// unified for comparison, zero-width non-joiner is kept in text and ignored in comparison keys. Invisible characters
/// are removed before anything is stored (<see cref="IsInvisible"/>): bidi embeddings, overrides and isolates
/// (U+202A–202E, U+2066–2069), marks, zero-width spaces and joiners, byte-order marks, tag characters and control
/// characters other than white space. They could make a name read reversed («invoice\u202Efdp.exe» shows as
/// «invoiceexe.pdf») or smuggle text nobody sees; the zero-width non-joiner (U+200C) stays, Persian needs it.
/// </summary>
public static class PersianText
{
    private const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>The form stored in the database: Persian letters, trimmed, runs of white space collapsed to one space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in StripInvisible(text).Trim())
        {
            var c = raw switch
            {
                '\u064A' or '\u0649' => '\u06CC', // Arabic yeh, alef maksura -> Persian yeh
                '\u0643' => '\u06A9',             // Arabic kaf -> Persian keheh
                '\u0660' or '\u0661' or '\u0662' or '\u0663' or '\u0664' or '\u0665' or '\u0666' or '\u0667' or '\u0668' or '\u0669'
                    => (char)('\u06F0' + (raw - '\u0660')), // Arabic-Indic digits -> Persian digits
                _ => raw,
            };

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text without invisible characters (<see cref="IsInvisible"/>); white space and the zero-width non-joiner
    /// stay. An unpaired surrogate (no character at all) is removed too.
    /// </summary>
    public static string StripInvisible(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var rune = new Rune(text[i], text[i + 1]);
                    if (!IsInvisible(rune))
                    {
                        builder.Append(text[i]).Append(text[i + 1]);
                    }

                    i++;
                }

                continue;
            }

            if (!IsInvisible(new Rune(text[i])))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A character nobody sees that may change how the text around it reads: format characters (Unicode category Cf:
    /// bidi controls U+200E/F, U+202A–202E, U+2066–2069, U+061C, zero-width space and joiner, word joiner, BOM, tags,
    /// soft hyphen, ...) except the zero-width non-joiner, and control characters (Cc) except white space.
    /// </summary>
    public static bool IsInvisible(Rune rune) =>
        rune.Value != ZeroWidthNonJoiner
        && (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format
            || (Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune)));

    /// <summary>
    /// A key for comparing names: normalized letters, ASCII digits, no zero-width non-joiner, no spaces, no tatweel,
    /// lower case for Latin letters. Two names with the same key are the same name to a person reading them.
    /// </summary>
    public static string ComparisonKey(string? text)
    {
        var normalized = PersianDigits.ToAscii(Normalize(text));
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c == ZeroWidthNonJoiner || c == '\u0640' || char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
