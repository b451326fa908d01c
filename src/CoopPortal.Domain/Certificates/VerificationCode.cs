using System.Security.Cryptography;

namespace CoopPortal.Domain.Certificates;

/// <summary>
/// The code in a certificate's public verification link: 128 random bits written as 26 lowercase base32 characters
/// (RFC 4648 alphabet), so it cannot be guessed or enumerated.
/// </summary>
public static class VerificationCode
{
    public const int Length = 26;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Encode(bytes);
    }

    /// <summary>RFC 4648 base32, lower case, without padding.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[Length];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var value in bytes)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[index++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars[..index]);
    }

    /// <summary>True for a string of the right length and alphabet (a cheap check before any database look-up).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
