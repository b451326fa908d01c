using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Certificates.Print;

/// <summary>
/// Prints an issued formation certificate once and stores it (<see cref="VerifiableDocumentPrinter{TDocument}"/>), and
/// prints the stamped copy of a revoked one.
/// </summary>
public sealed class CertificatePrinter(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
    : VerifiableDocumentPrinter<FormationCertificate>(dbFactory, printer, portal, clock)
{
    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.FormationCertificate;

    protected override string FilePrefix => "certificate";

    protected override DbSet<FormationCertificate> Documents(IAppDbContext db) => db.FormationCertificates;

    protected override DocumentModel Describe(FormationCertificate document, string verificationUrl) =>
        new CertificateDocument(document.Number, document.IssuedAtUtc, document.Content, verificationUrl);

    /// <summary>
    /// The copy of a revoked certificate: the same snapshot printed again with the «باطل شده» stamp, the revocation date
    /// and its reason. Not stored: the original PDF stays as it was issued, for the audit. Null when the certificate
    /// does not exist or is not revoked.
    /// </summary>
    public async Task<StoredDocumentPdf?> PrintRevokedAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        FormationCertificate? certificate;
        await using (var db = await DbFactory.CreateAsync(cancellationToken))
        {
            certificate = await db.FormationCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        }

        if (certificate is not { RevokedAtUtc: { } revokedAt })
        {
            return null;
        }

        var document = new CertificateDocument(certificate.Number, certificate.IssuedAtUtc, certificate.Content,
            Portal.VerificationUrl(certificate.VerificationCode), new CertificateRevocation(revokedAt, certificate.RevocationReason ?? string.Empty));
        var pdf = await Printer.PrintAsync(document, cancellationToken);
        return Stored(certificate, pdf, Sha256(pdf), revoked: true);
    }
}
