namespace CoopPortal.Application.Certificates.Verify;

/// <summary>What anyone may learn about a certificate from its code.</summary>
public sealed record VerificationResult(string CooperativeName, string Number, DateTime IssuedAtUtc, DateTime? RevokedAtUtc, string IssuingOffice)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}
