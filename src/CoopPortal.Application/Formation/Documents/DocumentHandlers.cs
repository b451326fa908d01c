using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>Gives a document's bytes to the applicant or to a reviewer of the application's province; nobody else.</summary>
public sealed class DownloadDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IDocumentStore store)
{
    public async Task<Result<DocumentDownload>> HandleAsync(Guid applicationId, Guid documentId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadVisibleAsync(db, applicationId, user, cancellationToken);
        var document = application?.Documents.SingleOrDefault(d => d.Id == documentId);
        if (document is null)
        {
            return Result<DocumentDownload>.NotFound();
        }

        var content = await store.ReadAsync(document.StorageKey, cancellationToken);
        return content is null
            ? Result<DocumentDownload>.NotFound()
            : Result<DocumentDownload>.Success(new DocumentDownload(content.Content, document.ContentType, document.FileName, document.Sha256));
    }
}

public sealed record DocumentDownload(byte[] Content, string ContentType, string FileName, string Sha256);

/// <summary>Removes a document from a draft (or from a documents section sent back) and deletes its bytes.</summary>
public sealed class RemoveDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IDocumentStore store, FormationContext context)
{
    public async Task<Result> HandleAsync(Guid applicationId, Guid documentId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
        if (application is null || application.Documents.All(d => d.Id != documentId))
        {
            return Result.NotFound();
        }

        string? key = null;
        var result = await SaveResults.SaveAsync(async () =>
        {
            key = application.RemoveDocument(documentId, context.UtcNow).StorageKey;
            await db.SaveChangesAsync(cancellationToken);
        });
        if (result.Succeeded && key is not null)
        {
            await store.DeleteAsync(key, cancellationToken);
        }

        return result;
    }
}
