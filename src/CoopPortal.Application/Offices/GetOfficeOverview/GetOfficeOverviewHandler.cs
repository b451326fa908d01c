using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Offices.GetOfficeOverview;

/// <summary>
/// An office's overview: its province and counties (a county office: its county). Only that office's staff, headquarters
/// and admins see it.
/// </summary>
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

        // A county office works its own county: the overview lists that one and is titled by it.
        var county = OfficeScope.FilterFor(user).CountyId;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var province = await db.Provinces.AsNoTracking()
            .Where(p => p.Id == provinceId)
            .Select(p => new OfficeOverview(p.Id, p.Name, p.Counties.Where(c => county == null || c.Id == county).OrderBy(c => c.Name).Select(c => new CountyItem(c.Id, c.Name)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (province is null)
        {
            return Result<OfficeOverview>.NotFound();
        }

        return Result<OfficeOverview>.Success(county is not null && province.Counties.Count == 1
            ? province with { Title = $"اداره تعاون شهرستان {province.Counties[0].Name} (استان {province.ProvinceName})" }
            : province);
    }
}
