using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;

namespace CoopPortal.Application.Supervision.DeclarationFiles;

/// <summary>A file of the self-declaration, for whoever may see the declaration; not found for anyone else.</summary>
public sealed class DownloadDeclarationFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files)
{
    public async Task<Result<FileDownload>> HandleAsync(Guid declarationId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await RegistryAccess.LoadDeclarationAsync(db, declarationId, user, cancellationToken);
        return await files.ReadAsync(loaded?.Declaration.Files.SingleOrDefault(f => f.Id == fileId), cancellationToken);
    }
}
