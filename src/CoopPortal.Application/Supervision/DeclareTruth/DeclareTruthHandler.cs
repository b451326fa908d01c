using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;

namespace CoopPortal.Application.Supervision.DeclareTruth;

/// <summary>Records whether the manager declares the self-declaration true (or takes that back while it is editable).</summary>
public sealed class DeclareTruthHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid declarationId, bool declared, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await RegistryAccess.LoadOwnDeclarationAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            declaration.DeclareTruth(declared, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
