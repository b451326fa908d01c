using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>Gives a document's bytes to the applicant or to a reviewer of the application's province; nobody else.</summary>
public sealed class DownloadDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files)
{
    public async Task<Result<FileDownload>> HandleAsync(Guid applicationId, Guid documentId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadVisibleAsync(db, applicationId, user, cancellationToken);
        var document = application?.Documents.SingleOrDefault(d => d.Id == documentId);
        if (document is null)
        {
            return Result<FileDownload>.NotFound();
        }

        return await files.ReadAsync(document.StorageKey, document.ContentType, document.FileName, document.Sha256, cancellationToken);
    }
}
