namespace CoopPortal.Domain.Certificates;

/// <summary>One public check of a verification code, kept for the office (who checks what, and enumeration attempts).</summary>
public sealed class VerificationCheck
{
    private VerificationCheck()
    {
    }

    public VerificationCheck(DateTime atUtc, string code, Guid? documentId, string? clientAddress, string? userAgent, VerifiableDocumentKind? kind = null)
    {
        AtUtc = atUtc;
        Code = Truncate(code, 64) ?? string.Empty;
        DocumentId = documentId;
        DocumentKind = documentId is null ? null : kind ?? VerifiableDocumentKind.FormationCertificate;
        ClientAddress = Truncate(clientAddress, 64);
        UserAgent = Truncate(userAgent, 256);
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The code as asked (cut to 64 characters).</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>The document found (a certificate or a registry-change notice), or null when the code is unknown.</summary>
    public Guid? DocumentId { get; private set; }

    /// <summary>Which kind of document <see cref="DocumentId"/> is (null when the code is unknown).</summary>
    public VerifiableDocumentKind? DocumentKind { get; private set; }

    public bool Found => DocumentId is not null;

    public string? ClientAddress { get; private set; }

    public string? UserAgent { get; private set; }

    private static string? Truncate(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];
}
