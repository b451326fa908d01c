using CoopPortal.Application.Certificates.Common;
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
/// While valid, always the stored document: byte-identical on every download. Once revoked, a copy stamped «باطل شده»
/// with the revocation date and reason (<see cref="CertificatePrinter.PrintRevokedAsync"/>); the stored original is
/// kept unchanged for the audit and is never handed out again as if valid.
/// </summary>
public sealed class DownloadCertificateHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CertificatePrinter printer)
{
    public async Task<Result<StoredDocumentPdf>> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        Guid certificateId;
        bool revoked;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            if (!await ApplicationAccess.IsVisibleAsync(db, applicationId, user, cancellationToken))
            {
                return Result<StoredDocumentPdf>.NotFound();
            }

            var found = await db.FormationCertificates.Where(c => c.ApplicationId == applicationId)
                .Select(c => new { c.Id, Revoked = c.RevokedAtUtc != null })
                .SingleOrDefaultAsync(cancellationToken);
            certificateId = found?.Id ?? Guid.Empty;
            revoked = found?.Revoked ?? false;
        }

        if (certificateId == Guid.Empty)
        {
            return Result<StoredDocumentPdf>.NotFound();
        }

        try
        {
            var pdf = revoked
                ? await printer.PrintRevokedAsync(certificateId, cancellationToken)
                : await printer.EnsurePrintedAsync(certificateId, cancellationToken);
            return pdf?.Content is null ? Result<StoredDocumentPdf>.NotFound() : Result<StoredDocumentPdf>.Success(pdf);
        }
        catch (PdfRenderingException)
        {
            return Result<StoredDocumentPdf>.Conflict(PdfRenderingException.PersianMessage);
        }
    }
}
