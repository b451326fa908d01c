using System.Security.Cryptography;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// Tracking codes people read aloud and type: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// written 4-4, e.g. K7TM-29QH. About 8.5 × 10¹¹ codes; uniqueness is enforced by the database.
/// </summary>
public static class TrackingCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < 9; i++)
        {
            chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Normalizes what a person typed (case, Persian digits, missing dash); null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        var text = Common.PersianDigits.ToAscii(input).Trim().ToUpperInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return text.Length == 8 && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? $"{text[..4]}-{text[4..]}" : null;
    }
}
