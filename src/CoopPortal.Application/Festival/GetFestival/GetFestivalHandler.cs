using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Application.Festival.Standings;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Festival.GetFestival;

/// <summary>
/// A province's festival for the office's page (<see cref="FestivalAccess"/>: not found for anyone outside its
/// province and headquarters): the shortlist with the scores kept, the steps the table offers the reader, the history,
/// and while the reviewers shortlist, the standings to choose from.
/// </summary>
public sealed class GetFestivalHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FestivalStandingsQuery standings, IStaffDirectory staff, IOptionsMonitor<FestivalWeights> weights)
{
    public async Task<Result<FestivalView>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var festival = await FestivalAccess.LoadAsync(db, id, user, cancellationToken);
        if (festival is null)
        {
            return Result<FestivalView>.NotFound();
        }

        var province = await db.Provinces.Where(p => p.Id == festival.ProvinceId).Select(p => p.Name).SingleAsync(cancellationToken);
        var certificates = await db.AppreciationCertificates.AsNoTracking().Where(c => c.FestivalId == festival.Id)
            .ToDictionaryAsync(c => c.NomineeId, c => new { c.Id, c.Number }, cancellationToken);
        var table = festival.Status == FestivalStatus.Shortlisting
            ? (await standings.HandleAsync(festival.ProvinceId, festival.FiscalYear, cancellationToken)).Value
            : null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in festival.Events.Select(e => e.ActorUserId).Distinct())
        {
            names[actor] = await staff.FullNameAsync(actor, cancellationToken) ?? "—";
        }

        var nominees = festival.Nominees
            .OrderBy(n => n.OrientationId is null).ThenBy(n => n.Orientation, StringComparer.Ordinal).ThenBy(n => n.Rank).ThenBy(n => n.CooperativeName, StringComparer.Ordinal)
            .Select(n => new NomineeView(
                n.CooperativeId, n.CooperativeName, n.RegistrationNumber, n.OrientationId, n.Orientation, n.County, n.Rank, n.Total, n.Maximum, n.Findings, n.Reason, n.IsWinner,
                certificates.TryGetValue(n.Id, out var c) ? c.Id : null, certificates.TryGetValue(n.Id, out var d) ? d.Number : null))
            .ToList();
        var history = festival.Events.Select(e => new FestivalLine(e.AtUtc, e.Action, names[e.ActorUserId], e.Comment)).ToList();
        return Result<FestivalView>.Success(new FestivalView(
            festival.Id, festival.ProvinceId, province, festival.FiscalYear, festival.Status, festival.ReturnComment, weights.CurrentValue.ShortlistPerOrientation,
            nominees, FestivalAccess.OpenActions(festival, user), history, table));
    }
}
