using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Offices.GetOfficeOverview;

/// <summary>A provincial office's overview: its province and counties. Only that office's staff (and admins) see it.</summary>
public sealed class GetOfficeOverviewHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    public async Task<Result<OfficeOverview>> HandleAsync(int provinceId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);

        // Another province's office is "not found", not "forbidden": its existence is not the caller's business.
        if (!OfficeScope.CanSeeProvince(user, provinceId))
        {
            return Result<OfficeOverview>.NotFound();
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var province = await db.Provinces.AsNoTracking()
            .Where(p => p.Id == provinceId)
            .Select(p => new OfficeOverview(p.Id, p.Name, p.Counties.OrderBy(c => c.Name).Select(c => new CountyItem(c.Id, c.Name)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

        return province is null ? Result<OfficeOverview>.NotFound() : Result<OfficeOverview>.Success(province);
    }
}
