using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Print;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Assemblies.ChangeNotice;

/// <summary>Prints an issued registry-change notice once and stores it, as the certificate is (<see cref="VerifiableDocumentPrinter{TDocument}"/>).</summary>
public sealed class ChangeNoticePrinter(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
    : VerifiableDocumentPrinter<RegistryChangeNotice>(dbFactory, printer, portal, clock)
{
    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.RegistryChangeNotice;

    protected override string FilePrefix => "registry-change-notice";

    protected override DbSet<RegistryChangeNotice> Documents(IAppDbContext db) => db.RegistryChangeNotices;

    protected override DocumentModel Describe(RegistryChangeNotice document, string verificationUrl) =>
        new ChangeNoticeDocument(document.Number, document.IssuedAtUtc, document.Content, verificationUrl);
}
