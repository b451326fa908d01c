using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;

namespace CoopPortal.Application.Festival.Certificate;

/// <summary>
/// A certificate of appreciation as the stored PDF, to the cooperative's managers and its office (those who see its
/// card); not found for anyone else. Printed at the first download if the background printer has not yet.
/// </summary>
public sealed class DownloadAppreciationCertificateHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, AppreciationCertificatePrinter printer)
{
    public async Task<Result<StoredDocumentPdf>> HandleAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            if (await AppreciationCertificatesQuery.DownloadableAsync(db, certificateId, user, cancellationToken) is null)
            {
                return Result<StoredDocumentPdf>.NotFound();
            }
        }

        try
        {
            var pdf = await printer.EnsurePrintedAsync(certificateId, cancellationToken);
            return pdf?.Content is null ? Result<StoredDocumentPdf>.NotFound() : Result<StoredDocumentPdf>.Success(pdf);
        }
        catch (PdfRenderingException)
        {
            return Result<StoredDocumentPdf>.Conflict(PdfRenderingException.PersianMessage);
        }
    }
}
