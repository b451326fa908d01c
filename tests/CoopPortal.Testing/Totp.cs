using System.Globalization;
using System.Security.Cryptography;

namespace CoopPortal.Testing;

/// <summary>
/// A small RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) over a Base32 key, as authenticator apps compute it:
/// the tests log staff in with it the way a person reads the code off their phone.
/// </summary>
public static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The code for <paramref name="base32Key"/> at <paramref name="at"/> (now, by default; real time, as the phone has).</summary>
    public static string Code(string base32Key, DateTimeOffset? at = null, int digits = 6) =>
        Code(Base32Decode(base32Key), (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / (long)Step.TotalSeconds, digits);

    /// <summary>The code of one time step (RFC 4226 HOTP with the step as counter).</summary>
    public static string Code(byte[] key, long step, int digits = 6)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this computes what they show
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>RFC 4648 Base32 (A-Z, 2-7); spaces and padding ignored, any case.</summary>
    public static byte[] Base32Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            if (c is ' ' or '=' or '-')
            {
                continue;
            }

            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"«{c}» is not a Base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
