using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Certificate;

/// <summary>The certificate of appreciation as printed: the snapshot, its number and date, and the link its QR code carries.</summary>
public sealed record AppreciationCertificateDocument(
    string Number,
    DateTime IssuedAtUtc,
    AppreciationCertificateContent Content,
    string VerificationUrl) : DocumentModel("لوح تقدیر");
