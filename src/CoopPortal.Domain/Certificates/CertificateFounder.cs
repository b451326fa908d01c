using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Certificates;

public sealed record CertificateFounder(string FullName, string NationalCode);
