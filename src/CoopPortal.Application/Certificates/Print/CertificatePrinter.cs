using System.Security.Cryptography;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Certificates.Print;

/// <summary>
/// Prints an issued certificate once and stores the PDF with its SHA-256. Printing twice at once (the background
/// printer and a first download) stores one document: whoever finds it printed when loading it for print takes the
/// stored one, and between that load and the save the row version lets one save win and the other read it.
/// </summary>
public sealed class CertificatePrinter(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
{
    /// <summary>The stored PDF of the certificate, printing it first if it has not been printed yet.</summary>
    public async Task<StoredCertificatePdf?> EnsurePrintedAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var stored = await LoadPdfAsync(db, certificateId, cancellationToken);
            if (stored is null || stored.Content is not null)
            {
                return stored;
            }
        }

        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            var certificate = await db.FormationCertificates.SingleAsync(c => c.Id == certificateId, cancellationToken);
            if (certificate.Pdf is not null)
            {
                // Printed and stored by someone else between the first look and this one; theirs is the document.
                return new StoredCertificatePdf(certificate.Id, certificate.Number, certificate.Pdf, certificate.PdfSha256);
            }

            var document = new CertificateDocument(certificate.Number, certificate.IssuedAtUtc, certificate.Content, portal.Value.VerificationUrl(certificate.VerificationCode));
            var pdf = await printer.PrintAsync(document, cancellationToken);
            try
            {
                certificate.AttachPdf(pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)), clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Printed and stored by someone else meanwhile; theirs is the document.
            }
        }

        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            return await LoadPdfAsync(db, certificateId, cancellationToken);
        }
    }

    /// <summary>
    /// The copy of a revoked certificate: the same snapshot printed again with the «باطل شده» stamp, the revocation date
    /// and its reason. Not stored: the original PDF stays as it was issued, for the audit. Null when the certificate
    /// does not exist or is not revoked.
    /// </summary>
    public async Task<StoredCertificatePdf?> PrintRevokedAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        Domain.Certificates.FormationCertificate? certificate;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            certificate = await db.FormationCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        }

        if (certificate is not { RevokedAtUtc: { } revokedAt })
        {
            return null;
        }

        var document = new CertificateDocument(certificate.Number, certificate.IssuedAtUtc, certificate.Content,
            portal.Value.VerificationUrl(certificate.VerificationCode), new CertificateRevocation(revokedAt, certificate.RevocationReason ?? string.Empty));
        var pdf = await printer.PrintAsync(document, cancellationToken);
        return new StoredCertificatePdf(certificate.Id, certificate.Number, pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)), Revoked: true);
    }

    /// <summary>The certificates issued but not printed yet (after a crash or a failed print), oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> UnprintedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await db.FormationCertificates.Where(c => c.Pdf == null).OrderBy(c => c.IssuedAtUtc).Select(c => c.Id).Take(100).ToListAsync(cancellationToken);
    }

    private static Task<StoredCertificatePdf?> LoadPdfAsync(IAppDbContext db, Guid certificateId, CancellationToken cancellationToken) =>
        db.FormationCertificates.AsNoTracking()
            .Where(c => c.Id == certificateId)
            .Select(c => new StoredCertificatePdf(c.Id, c.Number, c.Pdf, c.PdfSha256))
            .SingleOrDefaultAsync(cancellationToken);
}
