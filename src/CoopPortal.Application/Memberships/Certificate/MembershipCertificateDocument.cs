using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Memberships.Certificate;

/// <summary>The membership certificate as printed: the snapshot, its number and date, and the link its QR code carries.</summary>
public sealed record MembershipCertificateDocument(
    string Number,
    DateTime IssuedAtUtc,
    MembershipCertificateContent Content,
    string VerificationUrl) : DocumentModel("گواهی عضویت");
