using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Application.Festival.Standings;
using CoopPortal.Domain.Festival;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Festival.Shortlist;

/// <summary>
/// The reviewers' shortlist of a province's festival: add a cooperative of the standings with a short reason (its rank,
/// score and findings now are kept with it; at most <see cref="FestivalWeights.ShortlistPerOrientation"/> per
/// orientation), take one off, and send the list to the head. Checked by the table (<see cref="FestivalAccess"/>);
/// nobody shortlists a cooperative they manage or belong to; only an active entrant of the standings is shortlisted.
/// </summary>
public sealed class ShortlistHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FestivalStandingsQuery standings, IOptionsMonitor<FestivalWeights> weights, PortalClock clock)
{
    public const string NotAnEntrant = "این تعاونی در جدول امتیازهای جشنواره این استان و سال نیست (فقط تعاونی‌های فعال شرکت می‌کنند).";

    public async Task<Result> AddAsync(Guid festivalId, Guid cooperativeId, string reason, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var festival = await FestivalAccess.LoadAsync(db, festivalId, user, cancellationToken);
        if (festival is null)
        {
            return Result.NotFound();
        }

        if ((FestivalAccess.Refusal(festival, FestivalAction.Shortlist, user) ?? await FestivalAccess.ConflictAsync(db, cooperativeId, user, cancellationToken)) is { } refusal)
        {
            return Result.Conflict(refusal);
        }

        var table = await standings.HandleAsync(festival.ProvinceId, festival.FiscalYear, cancellationToken);
        var entrant = table.Value?.Groups
            .SelectMany(g => g.Entries.Select(e => new FestivalEntrant(e.CooperativeId, e.Name, e.RegistrationNumber, g.OrientationId, g.Orientation, e.County, e.Rank, e.Score)))
            .FirstOrDefault(e => e.CooperativeId == cooperativeId);
        if (entrant is null)
        {
            return Result.Conflict(NotAnEntrant);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            festival.Shortlist(entrant, reason, weights.CurrentValue.ShortlistPerOrientation, user.UserId!, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    public Task<Result> RemoveAsync(Guid festivalId, Guid cooperativeId, CancellationToken cancellationToken) =>
        StepAsync(festivalId, FestivalAction.Unlist, (festival, userId) => festival.Unlist(cooperativeId, userId, clock.UtcNow), cancellationToken);

    public Task<Result> SubmitAsync(Guid festivalId, CancellationToken cancellationToken) =>
        StepAsync(festivalId, FestivalAction.SubmitShortlist, (festival, userId) => festival.SubmitShortlist(userId, clock.UtcNow), cancellationToken);

    private Task<Result> StepAsync(Guid festivalId, FestivalAction action, Action<FestivalCase, string> step, CancellationToken cancellationToken) =>
        FestivalSteps.TakeAsync(dbFactory, currentUser, festivalId, action, step, cancellationToken);
}
