using CoopPortal.Application.Certificates.Print;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Certificates.Download;

/// <summary>
/// The certificate PDF of an application, to the applicant and the staff of its province (not found for anyone else).
/// Always the stored document: byte-identical on every download.
/// </summary>
public sealed class DownloadCertificateHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CertificatePrinter printer)
{
    public async Task<Result<StoredCertificatePdf>> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        Guid certificateId;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            if (!await ApplicationAccess.IsVisibleAsync(db, applicationId, user, cancellationToken))
            {
                return Result<StoredCertificatePdf>.NotFound();
            }

            certificateId = await db.FormationCertificates.Where(c => c.ApplicationId == applicationId).Select(c => c.Id).SingleOrDefaultAsync(cancellationToken);
        }

        if (certificateId == Guid.Empty)
        {
            return Result<StoredCertificatePdf>.NotFound();
        }

        try
        {
            var pdf = await printer.EnsurePrintedAsync(certificateId, cancellationToken);
            return pdf?.Content is null ? Result<StoredCertificatePdf>.NotFound() : Result<StoredCertificatePdf>.Success(pdf);
        }
        catch (PdfRenderingException)
        {
            return Result<StoredCertificatePdf>.Conflict(PdfRenderingException.PersianMessage);
        }
    }
}
