using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.StartAssembly;

/// <summary>Starts (or returns) the founding assembly of the caller's application once its formation approval is issued.</summary>
public sealed class StartAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<Guid>.NotFound();
        }

        var existing = await db.FoundingAssemblies.Where(a => a.ApplicationId == applicationId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return Result<Guid>.Success(id);
        }

        try
        {
            var assembly = FoundingAssembly.Start(application, clock.UtcNow);
            db.FoundingAssemblies.Add(assembly);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(assembly.Id);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Conflict(ex.Message);
        }
        catch (DbUpdateException)
        {
            // Started at the same moment in another tab: the unique index kept one; use it.
            await using var again = await dbFactory.CreateAsync(cancellationToken);
            return Result<Guid>.Success(await again.FoundingAssemblies.Where(a => a.ApplicationId == applicationId).Select(a => a.Id).SingleAsync(cancellationToken));
        }
    }
}
