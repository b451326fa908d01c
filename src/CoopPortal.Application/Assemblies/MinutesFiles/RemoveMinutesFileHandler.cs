using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;

namespace CoopPortal.Application.Assemblies.MinutesFiles;

/// <summary>Removes a file from minutes that may still be written and deletes its bytes.</summary>
public sealed class RemoveMinutesFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid assemblyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await GeneralAssemblyAccess.LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => assembly.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }
}
