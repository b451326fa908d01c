namespace CoopPortal.Domain.Certificates;

/// <summary>One public check of a verification code, kept for the office (who checks what, and enumeration attempts).</summary>
public sealed class VerificationCheck
{
    private VerificationCheck()
    {
    }

    public VerificationCheck(DateTime atUtc, string code, Guid? certificateId, string? clientAddress, string? userAgent)
    {
        AtUtc = atUtc;
        Code = Truncate(code, 64) ?? string.Empty;
        CertificateId = certificateId;
        ClientAddress = Truncate(clientAddress, 64);
        UserAgent = Truncate(userAgent, 256);
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The code as asked (cut to 64 characters).</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>The certificate found, or null when the code is unknown.</summary>
    public Guid? CertificateId { get; private set; }

    public bool Found => CertificateId is not null;

    public string? ClientAddress { get; private set; }

    public string? UserAgent { get; private set; }

    private static string? Truncate(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];
}
