using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Common;

/// <summary>
/// A festival step that needs nothing but the case: loaded through <see cref="FestivalAccess"/> (not found for anyone
/// who may not see it), checked by the table (<see cref="FestivalAccess.Refusal"/>), taken by the aggregate and saved
/// (a refusal of the aggregate or a concurrent change becomes a Persian conflict).
/// </summary>
public static class FestivalSteps
{
    public static async Task<Result> TakeAsync(
        IAppDbContextFactory dbFactory, ICurrentUserService currentUser, Guid festivalId, FestivalAction action, Action<FestivalCase, string> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbFactory);
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(step);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var festival = await FestivalAccess.LoadAsync(db, festivalId, user, cancellationToken);
        if (festival is null)
        {
            return Result.NotFound();
        }

        if (FestivalAccess.Refusal(festival, action, user) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            step(festival, user.UserId!);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
