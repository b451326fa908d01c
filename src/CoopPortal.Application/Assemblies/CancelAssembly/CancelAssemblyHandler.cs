using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Time;

namespace CoopPortal.Application.Assemblies.CancelAssembly;

/// <summary>A manager calls the assembly off (with a reason, told to the office and the candidates) before its minutes are sent.</summary>
public sealed class CancelAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid assemblyId, string? reason, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await GeneralAssemblyAccess.LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.Cancel(user.UserId!, reason, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
