using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.Winners;

/// <summary>
/// The public page of the festival's winners (no login): for a year (the latest published by default) and optionally a
/// province, each published festival's winners with their orientation and county. Only festivals the office has
/// published, and only the winners the head confirmed: never the shortlist, the scores or the reasons.
/// </summary>
public sealed class PublicWinnersQuery(IReadOnlyDbContextFactory reads)
{
    public Task<PublicWinners> HandleAsync(int? year, int? provinceId, CancellationToken cancellationToken) =>
        reads.ReadAsync(async db =>
        {
            var published = db.Festivals.AsNoTracking().Where(f => f.Status == FestivalStatus.Published);
            var years = await published.Select(f => f.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
            var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).Select(p => new PublicProvince(p.Id, p.Name)).ToListAsync(cancellationToken);
            var shown = year is { } asked && years.Contains(asked) ? asked : years.Count > 0 ? years[0] : (int?)null;
            if (shown is not { } fiscalYear)
            {
                return new PublicWinners(null, provinceId, years, provinces, []);
            }

            var rows = await published
                .Where(f => f.FiscalYear == fiscalYear && (provinceId == null || f.ProvinceId == provinceId))
                .SelectMany(f => f.Nominees.Where(n => n.IsWinner).Select(n => new
                {
                    f.ProvinceId,
                    Province = db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.Name).Single(),
                    n.CooperativeName,
                    n.Orientation,
                    n.OrientationId,
                    n.County,
                    n.Rank,
                }))
                .ToListAsync(cancellationToken);
            var groups = rows
                .GroupBy(r => (r.ProvinceId, r.Province))
                .OrderBy(g => g.Key.Province, StringComparer.Ordinal)
                .Select(g => new PublicProvinceWinners(g.Key.ProvinceId, g.Key.Province, g
                    .OrderBy(r => r.OrientationId is null).ThenBy(r => r.Orientation, StringComparer.Ordinal).ThenBy(r => r.Rank).ThenBy(r => r.CooperativeName, StringComparer.Ordinal)
                    .Select(r => new PublicWinner(r.CooperativeName, r.Orientation, r.County)).ToList()))
                .ToList();
            return new PublicWinners(fiscalYear, provinceId, years, provinces, groups);
        }, cancellationToken);
}

/// <summary>The winners of a year, per province; the years published and the provinces to choose from.</summary>
public sealed record PublicWinners(int? Year, int? ProvinceId, IReadOnlyList<int> Years, IReadOnlyList<PublicProvince> Provinces, IReadOnlyList<PublicProvinceWinners> Groups);

public sealed record PublicProvince(int Id, string Name);

public sealed record PublicProvinceWinners(int ProvinceId, string Province, IReadOnlyList<PublicWinner> Winners);

/// <summary>A winner as the public sees it: the cooperative, its orientation and county.</summary>
public sealed record PublicWinner(string Cooperative, string Orientation, string County);
