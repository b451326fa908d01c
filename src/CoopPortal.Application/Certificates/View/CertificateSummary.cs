namespace CoopPortal.Application.Certificates.View;

/// <param name="PdfSha256">The SHA-256 of the stored PDF, or null while it is being printed.</param>
public sealed record CertificateSummary(
    string Number, DateTime IssuedAtUtc, DateTime? RevokedAtUtc, string? RevocationReason, string VerificationUrl, string? PdfSha256, bool CanRevoke)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}
