using System.Security.Cryptography;

namespace CoopPortal.Infrastructure.DataProtection;

/// <summary>
/// The 256-bit AES key that encrypts the Data Protection key ring at rest (ADR 0015). Every instance is given the same
/// one, so all of them read the ring they share in PostgreSQL; a database backup alone cannot forge a cookie.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const int Length = 32;

    public KeyEncryptionKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != Length)
        {
            throw new KeyEncryptionKeyException($"DataProtection:KeyEncryptionKey must be {Length} bytes written in base64 (it has {key.Length}).");
        }

        Key = key.ToArray();
        Id = Convert.ToHexString(SHA256.HashData(key), 0, 8).ToLowerInvariant();
    }

    /// <summary>The key itself.</summary>
    internal byte[] Key { get; }

    /// <summary>A short fingerprint written beside each encrypted key, so a wrong key is named, not guessed at.</summary>
    public string Id { get; }

    /// <summary>A new random key in the form the setting takes (base64).</summary>
    public static string NewBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Length));

    public static KeyEncryptionKey FromBase64(string value)
    {
        try
        {
            return new KeyEncryptionKey(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException ex)
        {
            throw new KeyEncryptionKeyException("DataProtection:KeyEncryptionKey is not base64 (make one with `openssl rand -base64 32`).", ex);
        }
    }
}
