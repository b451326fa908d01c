namespace CoopPortal.Application.Certificates.Common;

/// <summary>When and why a certificate was revoked, as the copy downloaded after revocation states it.</summary>
public sealed record CertificateRevocation(DateTime RevokedAtUtc, string Reason);
