using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Print;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Dormancy.Notice;

/// <summary>Prints an issued dormancy notice once and stores it, as the certificate is (<see cref="VerifiableDocumentPrinter{TDocument}"/>).</summary>
public sealed class DormancyNoticePrinter(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
    : VerifiableDocumentPrinter<DormancyNotice>(dbFactory, printer, portal, clock)
{
    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.DormancyNotice;

    protected override string FilePrefix => "dormancy-notice";

    protected override DbSet<DormancyNotice> Documents(IAppDbContext db) => db.DormancyNotices;

    protected override DocumentModel Describe(DormancyNotice document, string verificationUrl) =>
        new DormancyNoticeDocument(document.Number, document.IssuedAtUtc, document.Content, verificationUrl);
}
