using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Queue;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Liquidation.MyLiquidations;

/// <summary>
/// «تصفیه‌های من»: the liquidations the caller serves as liquidator today, by proven national code (the derived role
/// <c>Liquidator</c>); empty for anyone else, and once the term ends.
/// </summary>
public sealed class MyLiquidationsQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<IReadOnlyList<LiquidationQueueItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || user.NationalCode is not { } code)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var candidates = await db.Liquidations.AsNoTracking().Where(l => l.LiquidatorCodes.Contains(code)).ToListAsync(cancellationToken);
        var today = clock.Today;
        return candidates.Where(l => l.IsLiquidator(code, today))
            .OrderByDescending(l => l.UpdatedAtUtc)
            .Select(l => new LiquidationQueueItem(l.Id, l.CooperativeId, l.CooperativeName, l.Status, l.StartsOn, l.EndsOn, l.UpdatedAtUtc))
            .ToList();
    }
}
