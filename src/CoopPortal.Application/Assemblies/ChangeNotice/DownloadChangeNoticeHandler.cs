using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.ChangeNotice;

/// <summary>
/// The registry-change notice PDF of a confirmed assembly, to the cooperative's managers and the office staff of its
/// province (<see cref="GeneralAssemblyAccess"/>); not found for anyone else and while no notice was issued. Always the
/// stored document, printed at the first download if the background printer has not yet.
/// </summary>
public sealed class DownloadChangeNoticeHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, ChangeNoticePrinter printer)
{
    public async Task<Result<StoredDocumentPdf>> HandleAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        Guid? noticeId;
        await using (var db = await dbFactory.CreateAsync(cancellationToken))
        {
            if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken) is null)
            {
                return Result<StoredDocumentPdf>.NotFound();
            }

            noticeId = await db.RegistryChangeNotices.Where(n => n.AssemblyId == assemblyId).Select(n => (Guid?)n.Id).SingleOrDefaultAsync(cancellationToken);
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
