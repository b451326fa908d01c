using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Liquidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Liquidation.GetLiquidation;

/// <summary>
/// A liquidation for its liquidators and the office of its province (<see cref="LiquidationAccess"/>), with the steps the
/// table offers the caller; and the liquidation of a cooperative for its card (whoever may see the card). Not found otherwise.
/// </summary>
public sealed class GetLiquidationHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<LiquidationRules> rules, IStaffDirectory staff, PortalClock clock)
{
    public async Task<Result<LiquidationView>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await LiquidationAccess.LoadAsync(db, id, user, clock.Today, cancellationToken) is not var (liquidation, managers))
        {
            return Result<LiquidationView>.NotFound();
        }

        return Result<LiquidationView>.Success(await LiquidationViews.ForAsync(liquidation, managers, user, clock.Today, rules.CurrentValue, staff, cancellationToken));
    }

    /// <summary>The liquidation of a cooperative, for its card: null when it has none or the caller may not see the card.</summary>
    public async Task<LiquidationView?> OfCooperativeAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken);
        if (cooperative is null)
        {
            return null;
        }

        var liquidation = await db.Liquidations.AsNoTracking().Include(l => l.Events).SingleOrDefaultAsync(l => l.CooperativeId == cooperativeId, cancellationToken);
        return liquidation is null ? null
            : await LiquidationViews.ForAsync(liquidation, cooperative.Managers.Select(m => m.NationalCode).ToList(), user, clock.Today, rules.CurrentValue, staff, cancellationToken);
    }
}
