using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;

namespace CoopPortal.Application.Assemblies.CandidacyFiles;

/// <summary>A candidate's document, for the candidate, the cooperative's managers and the office of its province; not found for anyone else.</summary>
public sealed class DownloadCandidacyFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files)
{
    public async Task<Result<FileDownload>> HandleAsync(Guid candidacyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var candidacy = await CandidacyAccess.LoadAsync(db, candidacyId, user, cancellationToken);
        return await files.ReadAsync(candidacy?.Files.SingleOrDefault(f => f.Id == fileId), cancellationToken);
    }
}
