using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;

namespace CoopPortal.Application.Liquidation.Decide;

/// <summary>
/// The office decides the final report: a reviewer (or the head) sends it back with what to correct or recommends it;
/// the head confirms it and the cooperative is struck off the registry in the same save
/// (<see cref="CooperativeLifecycleAccess.Refusal"/> then <see cref="Cooperative.ChangeStatus"/>: never whoever started
/// the liquidation or recommended the report). Not found outside the office's scope; a liquidator or a manager of the
/// cooperative never decides (separation of duties); two people deciding at once give one decision (optimistic concurrency).
/// </summary>
public sealed class DecideLiquidationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public Task<Result> SendBackAsync(Guid id, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(id, LiquidationAction.SendBack, (_, liquidation, user) =>
        {
            liquidation.SendBack(user.UserId!, comment ?? string.Empty, clock.UtcNow);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<Result> RecommendAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        DecideAsync(id, LiquidationAction.Recommend, (_, liquidation, user) =>
        {
            liquidation.Recommend(user.UserId!, note, clock.UtcNow);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<Result> ConfirmAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, LiquidationAction.Confirm, async (db, liquidation, user) =>
        {
            var cooperative = await LiquidationAccess.FindCooperativeAsync(db, liquidation.CooperativeId, cancellationToken)
                ?? throw new DomainException(SaveResults.ChangedElsewhere);
            if (CooperativeLifecycleAccess.Refusal(cooperative, CooperativeStatusAction.StrikeOff, user) is { } refusal)
            {
                throw new DomainException(refusal);
            }

            var now = clock.UtcNow;
            liquidation.Confirm(user.UserId!, now);
            cooperative.ChangeStatus(CooperativeStatusAction.StrikeOff, user.UserId!, null, null, now);
        }, cancellationToken);

    private async Task<Result> DecideAsync(
        Guid id, LiquidationAction action, Func<IAppDbContext, LiquidationCase, ICurrentUser, Task> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var today = clock.Today;
        if (await LiquidationAccess.LoadAsync(db, id, user, today, cancellationToken, tracking: true) is not var (liquidation, managers)
            || !OfficeScope.CanSee(user, liquidation.ProvinceId, liquidation.CountyId))
        {
            return Result.NotFound();
        }

        if (LiquidationAccess.Refusal(liquidation, managers, action, user, today) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await decide(db, liquidation, user);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
