using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Print;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Festival.Certificate;

/// <summary>Prints an issued certificate of appreciation once and stores it, as the other kinds are (<see cref="VerifiableDocumentPrinter{TDocument}"/>).</summary>
public sealed class AppreciationCertificatePrinter(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
    : VerifiableDocumentPrinter<AppreciationCertificate>(dbFactory, printer, portal, clock)
{
    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.AppreciationCertificate;

    protected override string FilePrefix => "appreciation-certificate";

    protected override DbSet<AppreciationCertificate> Documents(IAppDbContext db) => db.AppreciationCertificates;

    protected override DocumentModel Describe(AppreciationCertificate document, string verificationUrl) =>
        new AppreciationCertificateDocument(document.Number, document.IssuedAtUtc, document.Content, verificationUrl);
}
