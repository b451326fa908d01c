using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>Removes a document from a draft (or from a documents section sent back) and deletes its bytes.</summary>
public sealed class RemoveDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, FormationContext context)
{
    /// <summary>
    /// Removes the document and answers with what the documents page shows after it (<see cref="DocumentsCheck"/>), like
    /// <see cref="UploadDocumentHandler.HandleAsync"/>.
    /// </summary>
    public async Task<Result<DocumentsCheck>> HandleAsync(Guid applicationId, Guid documentId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnWithDocumentsAsync(db, applicationId, user, cancellationToken);
        if (application is null || application.Documents.All(d => d.Id != documentId))
        {
            return Result<DocumentsCheck>.NotFound();
        }

        var removed = await files.RemoveAsync(db, () => application.RemoveDocument(documentId, context.UtcNow).StorageKey, cancellationToken);
        if (!removed.Succeeded)
        {
            return Result<DocumentsCheck>.FailedAs(removed);
        }

        var validation = await context.BuildForDocumentsAsync(db, application, cancellationToken);
        return Result<DocumentsCheck>.Success(UploadDocumentHandler.Check(application, validation, null));
    }
}
