using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Certificates;

namespace CoopPortal.Application.Certificates.Common;

/// <summary>
/// The certificate as printed: the snapshot, its number and dates, and the link its QR code carries; with
/// <paramref name="Revocation"/>, the copy given after revocation, stamped «باطل شده» with the date and reason.
/// </summary>
public sealed record CertificateDocument(
    string Number,
    DateTime IssuedAtUtc,
    CertificateContent Content,
    string VerificationUrl,
    CertificateRevocation? Revocation = null) : DocumentModel("موافقت‌نامه تشکیل تعاونی");
