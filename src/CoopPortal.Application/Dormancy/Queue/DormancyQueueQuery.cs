using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Queue;

/// <summary>
/// The office's dormancy cases, filtered by <see cref="OfficeScope"/> (a provincial office its province, a county
/// office its county, headquarters and the admin all): open ones first, those past their deadline before the rest, then
/// the ended ones, newest first. Up to <see cref="PageSize"/> rows.
/// </summary>
public sealed class DormancyQueueQuery(IReadOnlyDbContextFactory reads, ICurrentUserService currentUser, PortalClock clock)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<DormancyQueueItem>> HandleAsync(bool openOnly, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = OfficeScope.FilterFor(user);
        if (!scope.AllowsAny)
        {
            return [];
        }

        var today = clock.Today;
        return await reads.ReadAsync(async db =>
        {
            var cases = scope.Apply(db.DormancyCases.AsNoTracking(), c => c.ProvinceId, c => c.CountyId);
            if (openOnly)
            {
                cases = cases.Where(c => c.Status == DormancyStatus.AwaitingAnswer || c.Status == DormancyStatus.Answered);
            }

            var rows = await cases
                .OrderBy(c => c.Status == DormancyStatus.AwaitingAnswer || c.Status == DormancyStatus.Answered ? 0 : 1)
                .ThenBy(c => c.DeadlineOn)
                .ThenByDescending(c => c.OpenedAtUtc)
                .Take(PageSize)
                .Select(c => new
                {
                    c.Id, c.CooperativeName, c.Status, c.OpenedAtUtc, c.DeadlineOn, c.EscalatedAtUtc,
                    Number = db.Cooperatives.Where(x => x.Id == c.CooperativeId).Select(x => x.RegistrationNumber).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<DormancyQueueItem>)rows.Select(r => new DormancyQueueItem(
                r.Id, r.CooperativeName, r.Number, r.Status, r.OpenedAtUtc, r.DeadlineOn,
                r.Status is DormancyStatus.AwaitingAnswer or DormancyStatus.Answered && today > r.DeadlineOn, r.EscalatedAtUtc is not null)).ToList();
        }, cancellationToken);
    }
}
