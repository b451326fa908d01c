namespace CoopPortal.Domain.Festival;

/// <summary>What a certificate of appreciation (لوح تقدیر) says, as it was when the head confirmed the winners.</summary>
public sealed record AppreciationCertificateContent(
    int FiscalYear,
    string Province,
    string CooperativeName,
    string? RegistrationNumber,
    string Orientation,
    string County,
    int Rank,
    int Total,
    int Maximum,
    string HeadName,
    string IssuingOffice,
    DateOnly ConfirmedOn);
