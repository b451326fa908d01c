using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;

namespace CoopPortal.Application.Assemblies.CandidacyFiles;

/// <summary>Removes a document from the candidate's own waiting candidacy and deletes its bytes.</summary>
public sealed class RemoveCandidacyFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid candidacyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var candidacy = await CandidacyAccess.LoadOwnAsync(db, candidacyId, user, cancellationToken);
        if (candidacy is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => candidacy.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }
}
