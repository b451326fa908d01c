using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.StartGeneralAssembly;

/// <summary>
/// A manager of a registered cooperative starts the notice of a general assembly of a kind. One notice at a time is
/// written: a draft already open for the cooperative is returned instead of a second.
/// </summary>
public sealed class StartGeneralAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid cooperativeId, GeneralAssemblyKind kind, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken);
        if (cooperative is null || !RegistryAccess.IsManager(cooperative, user))
        {
            return Result<Guid>.NotFound();
        }

        var draft = await db.GeneralAssemblies
            .Where(a => a.CooperativeId == cooperativeId && a.Status == GeneralAssemblyStatus.Draft)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (draft is { } id)
        {
            return Result<Guid>.Success(id);
        }

        var assembly = GeneralAssembly.Start(cooperative, user.UserId!, kind, clock.UtcNow);
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(assembly.Id);
    }
}
