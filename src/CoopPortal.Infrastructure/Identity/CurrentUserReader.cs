using CoopPortal.Application.Common.Security;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// Reads an account as a use case sees it: roles and province from the database, the national code only when it is
/// proven (<see cref="ICurrentUser.NationalCode"/>), the cooperative-manager role only through a proven code.
/// </summary>
public sealed class CurrentUserReader(IDbContextFactory<AppDbContext> factory)
{
    public async Task<CurrentUserSnapshot> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var account = await context.Users.AsNoTracking()
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < DateTimeOffset.UtcNow))
            .Select(u => new
            {
                u.ProvinceId,
                u.NationalCode,
                Proven = u.IdentityProvenAtUtc != null,
                Roles = context.UserRoles.Where(ur => ur.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                ManagesCooperative = u.IdentityProvenAtUtc != null && context.Cooperatives.Any(c => c.Managers.Any(m => m.NationalCode == u.NationalCode)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return CurrentUserSnapshot.Anonymous;
        }

        // A cooperative's managers are linked by national code (founding assembly or import): holding that national
        // code, proven, is what makes the account a cooperative manager, whenever the account or the link was made.
        var roles = account.Roles.ToHashSet(StringComparer.Ordinal);
        if (account.ManagesCooperative)
        {
            roles.Add(Domain.Users.Roles.CooperativeManager);
        }

        return new CurrentUserSnapshot(userId, roles, account.ProvinceId)
        {
            NationalCode = account.Proven ? account.NationalCode : null,
            ClaimedNationalCode = account.NationalCode,
        };
    }
}
