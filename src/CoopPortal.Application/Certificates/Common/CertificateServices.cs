using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;

namespace CoopPortal.Application.Certificates.Common;

/// <summary>Asks for an issued certificate to be printed soon, off the request that issued it.</summary>
public interface ICertificatePrintRequests
{
    void Enqueue(Guid certificateId);
}

/// <summary>The portal's public address (section "Portal"), used in links printed on documents.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The address people reach the portal at, without a trailing slash, e.g. https://e.tavon.ir.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5000";

    public string VerificationUrl(string code) => $"{PublicBaseUrl.TrimEnd('/')}/verify/{code}";
}

/// <summary>The certificate as printed: the snapshot, its number and dates, and the link its QR code carries.</summary>
public sealed record CertificateDocument(
    string Number,
    DateTime IssuedAtUtc,
    CertificateContent Content,
    string VerificationUrl) : DocumentModel("موافقت‌نامه تشکیل تعاونی");
