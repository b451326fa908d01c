using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;

namespace CoopPortal.Application.Registry.AssemblyFiles;

/// <summary>Removes a file from the applicant's editable founding assembly and deletes its bytes.</summary>
public sealed class RemoveAssemblyFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid assemblyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadOwnAssemblyAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => assembly.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }
}
