using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.List;

/// <summary>
/// The office's festivals (<see cref="OfficeScope"/>): a province's staff, provincial or county, see their province's;
/// headquarters and the admin every province's. With them, the provinces and ended fiscal years the reader may open a
/// festival for (the provincial office's staff: their own province; headquarters: none, they only read).
/// </summary>
public sealed class FestivalListQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    /// <summary>How many ended fiscal years the office may open a festival for (the last one first).</summary>
    public const int OpenableYears = 3;

    public async Task<FestivalList> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = OfficeScope.FilterFor(user);
        if (!scope.AllowsAny)
        {
            return new FestivalList([], [], []);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var festivals = await db.Festivals.AsNoTracking()
            .Where(f => scope.AllowsAll || f.ProvinceId == scope.ProvinceId)
            .OrderByDescending(f => f.FiscalYear).ThenBy(f => f.ProvinceId)
            .Select(f => new FestivalSummary(
                f.Id, f.ProvinceId, db.Provinces.Where(p => p.Id == f.ProvinceId).Select(p => p.Name).Single(), f.FiscalYear, f.Status,
                f.Nominees.Count, f.Nominees.Count(n => n.IsWinner)))
            .ToListAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var openable = provinces.Where(p => FestivalAccess.CanAct(user, p.Id)).Select(p => new FestivalProvince(p.Id, p.Name)).ToList();
        var lastEnded = JalaliDate.YearOf(clock.Today) - 1;
        var years = Enumerable.Range(0, OpenableYears).Select(i => lastEnded - i).ToList();
        return new FestivalList(festivals, openable, years);
    }
}

/// <summary>The office's festivals, and where and for which years the reader may open one.</summary>
public sealed record FestivalList(IReadOnlyList<FestivalSummary> Festivals, IReadOnlyList<FestivalProvince> OpenableProvinces, IReadOnlyList<int> OpenableYears);

/// <summary>A province by id and name.</summary>
public sealed record FestivalProvince(int Id, string Name);
