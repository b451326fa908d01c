using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Festival.Standings;

/// <summary>
/// Issue 21 point 4 (scoring): every cooperative of a province registered by the end of the fiscal year gets its
/// transparent festival score (<see cref="FestivalCriteria"/>, weighted by <see cref="FestivalWeights"/>), ranked per
/// orientation. Who sees what is <see cref="OfficeScope"/>'s: a provincial office its province, a county office its
/// county's cooperatives only, headquarters and the admin every province; a province the caller may not see is not found.
/// Only active cooperatives enter (<see cref="CooperativeStatus.Active"/>: not one under a dormancy case, dissolved, in
/// liquidation or struck off); <see cref="Entrants"/> is the one place that decides who enters.
/// </summary>
public sealed class FestivalStandingsQuery(
    IReadOnlyDbContextFactory reads, ICurrentUserService currentUser, IOptionsMonitor<FestivalWeights> weights, IOptionsMonitor<SupervisionOptions> supervision)
{
    public async Task<Result<FestivalStandings>> HandleAsync(int provinceId, int fiscalYear, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!OfficeScope.CanSeeProvince(user, provinceId) || JalaliDate.FromParts(fiscalYear + 1, 1, 1) is null)
        {
            return Result<FestivalStandings>.NotFound();
        }

        var scope = OfficeScope.FilterFor(user);
        var festival = weights.CurrentValue;
        var settings = supervision.CurrentValue.ToRiskSettings();
        return await reads.ReadAsync(async db =>
        {
            var province = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
            if (province is null)
            {
                return Result<FestivalStandings>.NotFound();
            }

            var entrants = Entrants(db, scope, provinceId, fiscalYear);
            var rows = await entrants
                .Select(c => new { c.Id, c.Name, c.RegistrationNumber, c.RegisteredAtUtc, c.OrientationId, c.CountyId })
                .ToListAsync(cancellationToken);
            var facts = await FestivalFactsReader.ReadAsync(db, entrants, fiscalYear, cancellationToken);
            var orientations = await db.Orientations.AsNoTracking().Select(o => new { o.Id, o.Title, o.SortOrder }).ToDictionaryAsync(o => o.Id, cancellationToken);
            var counties = await db.Counties.AsNoTracking().Where(k => k.ProvinceId == provinceId).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);

            // A cooperative registered between the two reads has no facts read yet: it has only what the registry says, none.
            FestivalFacts FactsOf(Guid id) => facts.TryGetValue(id, out var found) ? found : FestivalFacts.Undeclared(fiscalYear, Domain.Supervision.RegistryFacts.None);
            var groups = rows
                .Select(r => (Row: r, Score: FestivalCriteria.Score(FactsOf(r.Id), festival, settings)))
                .GroupBy(x => x.Row.OrientationId is { } o && orientations.ContainsKey(o) ? o : (int?)null)
                .OrderBy(g => g.Key is null).ThenBy(g => g.Key is { } o ? orientations[o].SortOrder : 0).ThenBy(g => g.Key)
                .Select(g =>
                {
                    var ordered = g.OrderByDescending(x => x.Score.Total).ThenBy(x => x.Row.RegisteredAtUtc).ThenBy(x => x.Row.Name, StringComparer.Ordinal).ToList();
                    var ranks = FestivalRanks.Of(ordered.Select(x => x.Score.Total).ToList());
                    var entries = ordered.Select((x, i) => new FestivalStanding(
                        ranks[i], x.Row.Id, x.Row.Name, x.Row.RegistrationNumber,
                        x.Row.CountyId is { } k && counties.TryGetValue(k, out var county) ? county : "—", x.Score)).ToList();
                    return new FestivalGroup(g.Key, g.Key is { } o ? orientations[o].Title : "بدون گرایش", entries);
                })
                .ToList();
            return Result<FestivalStandings>.Success(new FestivalStandings(provinceId, province, fiscalYear, FestivalCriteria.Maximum(festival), groups));
        }, cancellationToken);
    }

    /// <summary>
    /// The active cooperatives of the province the caller may see that were registered before the fiscal year ended (a
    /// cooperative under a dormancy case, dissolved, in liquidation or struck off does not enter).
    /// </summary>
    public static IQueryable<Cooperative> Entrants(IAppDbContext db, OfficeFilter scope, int provinceId, int fiscalYear)
    {
        var nextYearStarts = JalaliDate.FromParts(fiscalYear + 1, 1, 1)!.Value.ToDateTime(TimeOnly.MinValue);
        var yearEndUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(nextYearStarts, DateTimeKind.Unspecified), PersianFormat.TimeZone);
        return scope.Apply(db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == provinceId && c.Status == CooperativeStatus.Active && c.RegisteredAtUtc < yearEndUtc), c => c.ProvinceId, c => c.CountyId);
    }
}
