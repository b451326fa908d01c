using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Decide;

/// <summary>
/// The head of office's decision on a submitted shortlist: confirm the winners (one or more of every orientation on
/// it; each gets its certificate of appreciation in the same transaction, printed after the commit, and its managers
/// are told), or send the list back with a comment. The head who shortlisted or sent the list does not decide, and
/// nobody confirms a cooperative they manage or belong to.
/// </summary>
public sealed class FestivalDecisionHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> ConfirmAsync(Guid festivalId, IReadOnlyCollection<Guid> winners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(winners);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var festival = await FestivalAccess.LoadAsync(db, festivalId, user, cancellationToken);
        if (festival is null)
        {
            return Result.NotFound();
        }

        if (FestivalAccess.Refusal(festival, FestivalAction.ConfirmWinners, user) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        foreach (var winner in winners)
        {
            if (await FestivalAccess.ConflictAsync(db, winner, user, cancellationToken) is { } conflict)
            {
                return Result.Conflict(conflict);
            }
        }

        return await SaveResults.SaveAsync(async () =>
        {
            festival.ConfirmWinners(winners, user.UserId!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    public Task<Result> SendBackAsync(Guid festivalId, string comment, CancellationToken cancellationToken) =>
        FestivalSteps.TakeAsync(dbFactory, currentUser, festivalId, FestivalAction.SendBack, (festival, userId) => festival.SendBack(comment, userId, clock.UtcNow), cancellationToken);
}
