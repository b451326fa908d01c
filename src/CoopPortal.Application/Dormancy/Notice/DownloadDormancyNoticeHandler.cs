using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Dormancy.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Notice;

/// <summary>
/// The dormancy notice PDF of a case, to the cooperative's managers and the office staff of its province or county
/// (<see cref="DormancyAccess"/>); not found for anyone else. Always the stored document, printed at the first download
/// if the background printer has not yet.
/// </summary>
public sealed class DownloadDormancyNoticeHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, DormancyNoticePrinter printer)
{
    public async Task<Result<StoredDocumentPdf>> HandleAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        Guid? noticeId;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            if (await DormancyAccess.LoadAsync(db, caseId, user, cancellationToken) is null)
            {
                return Result<StoredDocumentPdf>.NotFound();
            }

            noticeId = await db.DormancyNotices.Where(n => n.CaseId == caseId).Select(n => (Guid?)n.Id).SingleOrDefaultAsync(cancellationToken);
        }

        if (noticeId is not { } id)
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
