using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Review.Queue;

/// <summary>
/// The office's queue of formation applications: only the caller's province (all provinces for an admin), oldest
/// first, filtered and searched, paged by keyset (the last row's submission time and id), so a late page costs what
/// the first does.
/// </summary>
public sealed class ReviewQueueQuery(IReadOnlyDbContextFactory reads, ICurrentUserService currentUser, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private static readonly ApplicationStatus[] InQueue =
    [
        ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.ReturnedForCorrection,
        ApplicationStatus.Resubmitted, ApplicationStatus.RecommendedForApproval,
    ];

    public async Task<QueuePage> HandleAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = OfficeScope.FilterFor(await currentUser.GetAsync(cancellationToken));
        if (!scope.AllowsAny)
        {
            return new QueuePage([], null);
        }

        return await reads.ReadAsync(async db =>
        {
            var query = db.FormationApplications.AsNoTracking().Where(a => a.SubmittedAtUtc != null);
            query = scope.Apply(query, a => a.Details.ProvinceId, a => a.Details.CountyId);
            query = filter.Status is { } status ? query.Where(a => a.Status == status) : query.Where(a => InQueue.Contains(a.Status));
            if (filter.CountyId is { } county)
            {
                query = query.Where(a => a.Details.CountyId == county);
            }

            if (filter.OrientationId is { } orientation)
            {
                query = query.Where(a => a.Details.OrientationId == orientation);
            }

            if (filter.SubmittedFrom is { } from)
            {
                var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMinutes(-210);
                query = query.Where(a => a.SubmittedAtUtc >= fromUtc);
            }

            if (filter.SubmittedTo is { } to)
            {
                var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMinutes(-210);
                query = query.Where(a => a.SubmittedAtUtc < toUtc);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var overdueBefore = now.AddDays(-filter.SlaDays);
            if (filter.OverdueOnly)
            {
                query = query.Where(a => a.SubmittedAtUtc < overdueBefore);
            }

            if (!string.IsNullOrWhiteSpace(filter.Search))
            {
                var code = TrackingCode.Normalize(filter.Search);
                var digits = PersianDigits.DigitsOnly(filter.Search);
                var nameKey = CooperativeName.Key(filter.Search);
                query = code is not null ? query.Where(a => a.TrackingCode == code)
                    : digits is { Length: 10 } ? query.Where(a => a.ApplicantNationalCode == digits)
                    : query.Where(a => a.ProposedNames.Any(n => n.NameKey.Contains(nameKey)));
            }

            if (filter.After is { } after)
            {
                query = query.Where(a => a.SubmittedAtUtc > after.SubmittedAtUtc || (a.SubmittedAtUtc == after.SubmittedAtUtc && a.Id.CompareTo(after.Id) > 0));
            }

            var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
            var rows = await query
                .OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.Id)
                .Take(size + 1)
                .Select(a => new
                {
                    a.Id,
                    a.TrackingCode,
                    FirstName = a.ProposedNames.OrderBy(n => n.Rank).Select(n => n.Name).FirstOrDefault(),
                    a.Status,
                    a.Details.CountyId,
                    a.Details.OrientationId,
                    SubmittedAtUtc = a.SubmittedAtUtc!.Value,
                    a.ClaimedByUserId,
                })
                .ToListAsync(cancellationToken);

            var items = rows.Take(size).Select(r => new QueueItem(
                r.Id, r.TrackingCode!, r.FirstName, r.Status, r.CountyId, r.OrientationId, r.SubmittedAtUtc,
                (int)Math.Floor((now - r.SubmittedAtUtc).TotalDays), r.SubmittedAtUtc < overdueBefore, r.ClaimedByUserId)).ToList();
            var next = rows.Count > size ? new QueueCursor(items[^1].SubmittedAtUtc, items[^1].Id) : null;
            return new QueuePage(items, next);
        }, cancellationToken);
    }
}
