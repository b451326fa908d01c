using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Memberships.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Memberships.Certificate;

/// <summary>
/// The latest membership certificate of a membership as the stored PDF, to the member only (proven national code);
/// not found for anyone else and while none was asked for. Printed at the first download if the background printer
/// has not yet.
/// </summary>
public sealed class DownloadMembershipCertificateHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, MembershipCertificatePrinter printer)
{
    public async Task<Result<StoredDocumentPdf>> HandleAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        Guid? certificateId;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            if (await MembershipAccess.LoadAsync(db, membershipId, user, cancellationToken) is null)
            {
                return Result<StoredDocumentPdf>.NotFound();
            }

            certificateId = await db.MembershipCertificates.Where(c => c.MembershipId == membershipId)
                .OrderByDescending(c => c.IssuedAtUtc).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (certificateId is not { } id)
        {
            return Result<StoredDocumentPdf>.NotFound();
        }

        try
        {
            var pdf = await printer.EnsurePrintedAsync(id, cancellationToken);
            return pdf?.Content is null ? Result<StoredDocumentPdf>.NotFound() : Result<StoredDocumentPdf>.Success(pdf);
        }
        catch (PdfRenderingException)
        {
            return Result<StoredDocumentPdf>.Conflict(PdfRenderingException.PersianMessage);
        }
    }
}
