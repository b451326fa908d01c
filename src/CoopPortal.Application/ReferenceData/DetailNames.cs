using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

/// <summary>The Persian names of the reference data a cooperative's details point to (null where none is chosen).</summary>
public sealed record DetailNames(string? Province, string? County, string? ActivityType, string? Orientation, string? MembershipType)
{
    public static async Task<DetailNames> ForAsync(IAppDbContext db, CooperativeDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(details);
        return new DetailNames(
            await db.Provinces.Where(p => p.Id == details.ProvinceId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken),
            await db.Counties.Where(c => c.Id == details.CountyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken),
            await db.ActivityTypes.Where(a => a.Id == details.ActivityTypeId).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken),
            await db.Orientations.Where(o => o.Id == details.OrientationId).Select(o => o.Title).SingleOrDefaultAsync(cancellationToken),
            await db.MembershipTypes.Where(m => m.Id == details.MembershipTypeId).Select(m => m.Title).SingleOrDefaultAsync(cancellationToken));
    }
}
