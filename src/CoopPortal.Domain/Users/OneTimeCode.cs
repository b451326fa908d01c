using System.Security.Cryptography;
using System.Text;

namespace CoopPortal.Domain.Users;

/// <summary>
/// A six-digit code sent by SMS. Only a salted SHA-256 hash of it is stored; it expires after
/// <see cref="Lifetime"/>, survives <see cref="MaxAttempts"/> wrong tries and serves once. Issued for a subject (an
/// account id) and a purpose; the mobile it went to is kept so a code proves that very number.
/// </summary>
public sealed class OneTimeCode
{
    public const int Digits = 6;
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    private OneTimeCode()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The account the code is for.</summary>
    public string UserId { get; private set; } = string.Empty;

    public OneTimeCodePurpose Purpose { get; private set; }

    /// <summary>The mobile the code was sent to (09… form).</summary>
    public string Mobile { get; private set; } = string.Empty;

    public string Salt { get; private set; } = string.Empty;

    public string CodeHash { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    /// <summary>A new code: the entity to store and the plain code to send (never stored).</summary>
    public static (OneTimeCode Entity, string Code) Issue(string userId, OneTimeCodePurpose purpose, string mobile, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(mobile);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var entity = new OneTimeCode
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Purpose = purpose,
            Mobile = mobile,
            Salt = salt,
            CodeHash = Hash(salt, code),
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
        };
        return (entity, code);
    }

    /// <summary>Compares a typed code (ASCII digits); every wrong try counts, and the fifth kills the code.</summary>
    public OneTimeCodeCheck Check(string? typed, DateTime nowUtc)
    {
        if (UsedAtUtc is not null)
        {
            return OneTimeCodeCheck.Used;
        }

        if (Attempts >= MaxAttempts)
        {
            return OneTimeCodeCheck.TooManyAttempts;
        }

        if (nowUtc >= ExpiresAtUtc)
        {
            return OneTimeCodeCheck.Expired;
        }

        var candidate = Encoding.ASCII.GetBytes(Hash(Salt, (typed ?? string.Empty).Trim()));
        if (CryptographicOperations.FixedTimeEquals(candidate, Encoding.ASCII.GetBytes(CodeHash)))
        {
            UsedAtUtc = nowUtc;
            return OneTimeCodeCheck.Accepted;
        }

        Attempts++;
        return Attempts >= MaxAttempts ? OneTimeCodeCheck.TooManyAttempts : OneTimeCodeCheck.Wrong;
    }

    private static string Hash(string salt, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));
}
