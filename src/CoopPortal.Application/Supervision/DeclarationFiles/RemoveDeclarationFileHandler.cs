using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;

namespace CoopPortal.Application.Supervision.DeclarationFiles;

/// <summary>Removes a file from the manager's editable self-declaration and deletes its bytes.</summary>
public sealed class RemoveDeclarationFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid declarationId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await RegistryAccess.LoadOwnDeclarationAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => declaration.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }
}
