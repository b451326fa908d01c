using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.SaveDeclarationSection;

/// <summary>
/// Saves one section's answers of a manager's self-declaration (whatever their state) and whether the manager confirms
/// them. Not found for anyone who does not manage the cooperative.
/// </summary>
public sealed class SaveDeclarationSectionHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid declarationId, DeclarationSection section, DeclarationContent content, bool confirmed, CancellationToken cancellationToken)
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
            declaration.SaveSection(section, content, confirmed, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
