using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Identity;

internal sealed class StaffDirectory(IDbContextFactory<AppDbContext> factory) : IStaffDirectory
{
    public async Task<bool> IsReviewerForAsync(string userId, int provinceId, int? countyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await InRole(db, Roles.Reviewer, provinceId, countyId).AnyAsync(u => u.Id == userId, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> HeadsForAsync(int provinceId, int? countyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await InRole(db, Roles.HeadOfOffice, provinceId, countyId).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ReviewersForAsync(int provinceId, int? countyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await InRole(db, Roles.Reviewer, provinceId, countyId)
            .OrderBy(u => u.FullName)
            .Select(u => new StaffMember(u.Id, u.FullName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The holders of the role whose office covers the province and county: the province's own (no county) and that county's.</summary>
    private static IQueryable<ApplicationUser> InRole(AppDbContext db, string role, int provinceId, int? countyId)
    {
        var normalized = role.ToUpperInvariant();
        return db.Users.Where(u => u.ProvinceId == provinceId && (u.CountyId == null || (countyId != null && u.CountyId == countyId))
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
    }

    public async Task<string?> FullNameAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> UserIdsByNationalCodesAsync(IReadOnlyCollection<string> nationalCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nationalCodes);
        if (nationalCodes.Count == 0)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Only proven national codes: an unproven claim must not even hear about the cooperative.
        return await db.Users.Where(u => nationalCodes.Contains(u.NationalCode) && u.IdentityProvenAtUtc != null).Select(u => u.Id).ToListAsync(cancellationToken);
    }
}
