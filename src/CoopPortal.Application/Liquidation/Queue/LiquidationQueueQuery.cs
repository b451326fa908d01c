using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Liquidation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Liquidation.Queue;

/// <summary>
/// The office's list of liquidations of its province or county (all for the admin and headquarters,
/// <see cref="OfficeScope"/>), those waiting for the office first, then by last change. Nothing for anyone else.
/// </summary>
public sealed class LiquidationQueueQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    /// <summary>The statuses in which the office has something to do.</summary>
    public static IReadOnlyList<LiquidationStatus> Waiting { get; } = [LiquidationStatus.FinalReportFiled, LiquidationStatus.Recommended];

    public async Task<IReadOnlyList<LiquidationQueueItem>> HandleAsync(bool waitingOnly, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = OfficeScope.FilterFor(user);
        if (!scope.AllowsAny)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var query = scope.Apply(db.Liquidations.AsNoTracking(), l => l.ProvinceId, l => l.CountyId);
        var waiting = Waiting.ToArray();
        if (waitingOnly)
        {
            query = query.Where(l => waiting.Contains(l.Status));
        }

        return await query
            .OrderBy(l => waiting.Contains(l.Status) ? 0 : 1).ThenByDescending(l => l.UpdatedAtUtc)
            .Select(l => new LiquidationQueueItem(l.Id, l.CooperativeId, l.CooperativeName, l.Status, l.StartsOn, l.EndsOn, l.UpdatedAtUtc))
            .Take(500)
            .ToListAsync(cancellationToken);
    }
}
