using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>Removes a document from a draft (or from a documents section sent back) and deletes its bytes.</summary>
public sealed class RemoveDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, FormationContext context)
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

        return await files.RemoveAsync(db, () => application.RemoveDocument(documentId, context.UtcNow).StorageKey, cancellationToken);
    }
}
