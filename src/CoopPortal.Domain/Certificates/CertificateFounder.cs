namespace CoopPortal.Domain.Certificates;

public sealed record CertificateFounder(string FullName, string NationalCode);
