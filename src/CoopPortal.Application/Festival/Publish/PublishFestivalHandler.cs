using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Publish;

/// <summary>The office puts a festival's confirmed winners on the public page (<see cref="FestivalAction.Publish"/>).</summary>
public sealed class PublishFestivalHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid festivalId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var festival = await FestivalAccess.LoadAsync(db, festivalId, user, cancellationToken);
        if (festival is null)
        {
            return Result.NotFound();
        }

        if (FestivalAccess.Refusal(festival, FestivalAction.Publish, user) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            festival.Publish(user.UserId!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
