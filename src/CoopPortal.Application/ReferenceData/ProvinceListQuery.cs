using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

/// <summary>The provinces whose office the current user may open: all for an admin, their own for office staff.</summary>
public sealed class ProvinceListQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    public async Task<Result<IReadOnlyList<ProvinceItem>>> HandleAsync(CancellationToken cancellationToken)
    {
        var filter = OfficeScope.FilterFor(await currentUser.GetAsync(cancellationToken));
        if (!filter.AllowsAny)
        {
            return Result<IReadOnlyList<ProvinceItem>>.Success([]);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var query = db.Provinces.AsNoTracking();
        if (!filter.AllowsAll)
        {
            query = query.Where(p => p.Id == filter.ProvinceId);
        }

        var provinces = await query.Select(p => new ProvinceItem(p.Id, p.Name)).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<ProvinceItem>>.Success(provinces.OrderBy(p => p.Name, StringComparer.Create(Common.Formatting.PersianFormat.Culture, false)).ToList());
    }
}
