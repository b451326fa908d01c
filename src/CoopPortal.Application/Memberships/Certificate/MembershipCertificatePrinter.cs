using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Print;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Memberships.Certificate;

/// <summary>Prints an issued membership certificate once and stores it, as the other kinds are (<see cref="VerifiableDocumentPrinter{TDocument}"/>).</summary>
public sealed class MembershipCertificatePrinter(IAppDbContextFactory dbFactory, DocumentPrinter printer, IOptions<PortalOptions> portal, TimeProvider clock)
    : VerifiableDocumentPrinter<MembershipCertificate>(dbFactory, printer, portal, clock)
{
    public override VerifiableDocumentKind Kind => VerifiableDocumentKind.MembershipCertificate;

    protected override string FilePrefix => "membership-certificate";

    protected override DbSet<MembershipCertificate> Documents(IAppDbContext db) => db.MembershipCertificates;

    protected override DocumentModel Describe(MembershipCertificate document, string verificationUrl) =>
        new MembershipCertificateDocument(document.Number, document.IssuedAtUtc, document.Content, verificationUrl);
}
