using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.Lifecycle;

/// <summary>
/// Takes a step of a cooperative's life on the office's word (<see cref="CooperativeLifecycle.Machine"/>): loaded
/// through the registry's access rule (not found for anyone who may not see it), checked by
/// <see cref="CooperativeLifecycleAccess"/>, moved by the cooperative itself (its status history gets the line), saved
/// with optimistic concurrency. The dormancy and liquidation cases move the status the same way inside their own steps.
/// </summary>
public sealed class ChangeCooperativeStatusHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid cooperativeId, CooperativeStatusAction action, string? reason, string? legalGround, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await db.Cooperatives.Include(c => c.Managers).Include(c => c.StatusEvents)
            .SingleOrDefaultAsync(c => c.Id == cooperativeId, cancellationToken);
        if (cooperative is null || !RegistryAccess.CanSee(cooperative, user))
        {
            return Result.NotFound();
        }

        if (CooperativeLifecycleAccess.Refusal(cooperative, action, user) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            cooperative.ChangeStatus(action, user.UserId!, reason, legalGround, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
