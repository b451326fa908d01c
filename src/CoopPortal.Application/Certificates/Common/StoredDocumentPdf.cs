namespace CoopPortal.Application.Certificates.Common;

/// <param name="FilePrefix">What the file name starts with: certificate, registry-change-notice.</param>
/// <param name="Content">The PDF, or null while it has not been printed.</param>
/// <param name="Revoked">
/// True for the copy given after revocation: printed again from the snapshot with the «باطل شده» stamp, never stored
/// (the stored original stays as issued, for the audit).
/// </param>
public sealed record StoredDocumentPdf(Guid DocumentId, string FilePrefix, string Number, byte[]? Content, string? Sha256, bool Revoked = false)
{
    /// <summary>A file name people recognise: certificate-1405-14-00012.pdf (certificate-1405-14-00012-revoked.pdf once revoked).</summary>
    public string FileName => $"{FilePrefix}-{Number.Replace('/', '-')}{(Revoked ? "-revoked" : string.Empty)}.pdf";
}
