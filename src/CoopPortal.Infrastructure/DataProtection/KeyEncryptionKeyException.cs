namespace CoopPortal.Infrastructure.DataProtection;

/// <summary>The key that encrypts the Data Protection key ring is missing or malformed; the message says what to set.</summary>
public sealed class KeyEncryptionKeyException : Exception
{
    public KeyEncryptionKeyException()
    {
    }

    public KeyEncryptionKeyException(string message)
        : base(message)
    {
    }

    public KeyEncryptionKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
