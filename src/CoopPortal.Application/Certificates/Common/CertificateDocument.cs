using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Certificates;

namespace CoopPortal.Application.Certificates.Common;

/// <summary>The certificate as printed: the snapshot, its number and dates, and the link its QR code carries.</summary>
public sealed record CertificateDocument(
    string Number,
    DateTime IssuedAtUtc,
    CertificateContent Content,
    string VerificationUrl) : DocumentModel("موافقت‌نامه تشکیل تعاونی");
