namespace CoopPortal.Domain.Certificates;

/// <summary>What the certificate says, as it was at issue.</summary>
public sealed record CertificateContent(
    string CooperativeName,
    string ActivityType,
    string Orientation,
    string MembershipType,
    string Province,
    string County,
    IReadOnlyList<CertificateFounder> Founders,
    int MemberCount,
    long Capital,
    string IssuingOffice,
    string TrackingCode,
    string IssuedByName);
