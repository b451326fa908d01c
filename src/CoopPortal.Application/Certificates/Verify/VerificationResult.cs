using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Certificates.Verify;

/// <summary>
/// What anyone may learn about a verifiable document from its code: the cooperative, the number, the issue date, the
/// issuing office, valid or revoked; for a registry-change notice also <paramref name="Notice"/> (the assembly and its
/// changes in short, with no personal data); for a membership certificate <paramref name="Membership"/> (ADR 0025);
/// <paramref name="CooperativeStatus"/> the cooperative's status today, when it is registered (a dissolved or struck-off
/// cooperative's documents say so: issue 21); for a certificate of appreciation <paramref name="Appreciation"/> (ADR 0031).
/// </summary>
public sealed record VerificationResult(
    string CooperativeName,
    string Number,
    DateTime IssuedAtUtc,
    DateTime? RevokedAtUtc,
    string IssuingOffice,
    VerifiableDocumentKind Kind = VerifiableDocumentKind.FormationCertificate,
    NoticeVerification? Notice = null,
    MembershipVerification? Membership = null,
    CooperativeStatus? CooperativeStatus = null,
    DormancyNoticeVerification? Dormancy = null,
    AppreciationVerification? Appreciation = null)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}

/// <summary>What a registry-change notice certifies, for the public check: the assembly's kind and day, the changes in short.</summary>
public sealed record NoticeVerification(string AssemblyKind, DateOnly MeetingOn, IReadOnlyList<string> Changes);

/// <summary>
/// What a membership certificate certifies, for the public check: the national code masked to its last four digits (no
/// name), the cooperative's registration number, the shares and the day of joining, as at issue (ADR 0025).
/// </summary>
public sealed record MembershipVerification(string MaskedNationalCode, string RegistrationNumber, long Shares, DateOnly? JoinedOn);

/// <summary>What a dormancy notice (اخطاریه رکود) states, for the public check: the registration number and the answer's deadline.</summary>
public sealed record DormancyNoticeVerification(string RegistrationNumber, DateOnly DeadlineOn);

/// <summary>What a certificate of appreciation (لوح تقدیر) certifies, for the public check: the festival's year and province, the orientation and county (ADR 0031).</summary>
public sealed record AppreciationVerification(int FiscalYear, string Province, string Orientation, string County);
