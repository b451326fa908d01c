using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Identity;

internal sealed class StaffDirectory(IDbContextFactory<AppDbContext> factory) : IStaffDirectory
{
    public async Task<bool> IsReviewerOfProvinceAsync(string userId, int provinceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var reviewerRole = Roles.Reviewer.ToUpperInvariant();
        return await db.Users.AnyAsync(u => u.Id == userId && u.ProvinceId == provinceId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == reviewerRole)), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> HeadsOfProvinceAsync(int provinceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var headRole = Roles.HeadOfOffice.ToUpperInvariant();
        return await db.Users
            .Where(u => u.ProvinceId == provinceId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == headRole)))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ReviewersOfProvinceAsync(int provinceId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var reviewerRole = Roles.Reviewer.ToUpperInvariant();
        return await db.Users
            .Where(u => u.ProvinceId == provinceId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == reviewerRole)))
            .OrderBy(u => u.FullName)
            .Select(u => new StaffMember(u.Id, u.FullName))
            .ToListAsync(cancellationToken);
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
