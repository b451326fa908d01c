using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.GetCase;

/// <summary>
/// A dormancy case for its page (<see cref="DormancyAccess"/>: not found for anyone but the office staff of its
/// province or county and the cooperative's managers), and the cooperative's latest case for its card.
/// </summary>
public sealed class GetDormancyCaseHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, DormancyViews views)
{
    public async Task<Result<DormancyCaseView>> HandleAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await DormancyAccess.LoadAsync(db, caseId, user, cancellationToken) is not var (dormancyCase, cooperative))
        {
            return Result<DormancyCaseView>.NotFound();
        }

        return Result<DormancyCaseView>.Success(await views.BuildAsync(db, dormancyCase, cooperative, user, cancellationToken));
    }

    /// <summary>The cooperative's open dormancy case, or its latest one, for the cooperative's card; null when it has none or the caller may not see the card.</summary>
    public async Task<DormancyCaseView?> OfCooperativeAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken) is null)
        {
            return null;
        }

        var caseId = await db.DormancyCases.AsNoTracking().Where(c => c.CooperativeId == cooperativeId)
            .OrderBy(c => c.Status == DormancyStatus.AwaitingAnswer || c.Status == DormancyStatus.Answered ? 0 : 1)
            .ThenByDescending(c => c.OpenedAtUtc)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (caseId is not { } id || await DormancyAccess.LoadAsync(db, id, user, cancellationToken) is not var (dormancyCase, cooperative))
        {
            return null;
        }

        return await views.BuildAsync(db, dormancyCase, cooperative, user, cancellationToken);
    }
}
