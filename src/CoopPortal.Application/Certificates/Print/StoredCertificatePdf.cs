namespace CoopPortal.Application.Certificates.Print;

/// <param name="Content">The PDF, or null while it has not been printed.</param>
public sealed record StoredCertificatePdf(Guid CertificateId, string Number, byte[]? Content, string? Sha256)
{
    /// <summary>A file name people recognise: certificate-1405-14-00012.pdf.</summary>
    public string FileName => $"certificate-{Number.Replace('/', '-')}.pdf";
}
