using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;

namespace CoopPortal.Application.Assemblies.WithdrawCandidacy;

/// <summary>The candidate stands down (the manager is told); only their own candidacy, while it is open.</summary>
public sealed class WithdrawCandidacyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid candidacyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var candidacy = await CandidacyAccess.LoadOwnAsync(db, candidacyId, user, cancellationToken);
        if (candidacy is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            candidacy.Withdraw(user.UserId!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
