using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Memberships.Common;

/// <summary>
/// Who may see a membership: the member, by their <b>proven</b> national code (never the claimed one). Anyone else,
/// staff and administrators included, gets nothing (the use cases answer "not found").
/// </summary>
public static class MembershipAccess
{
    public static async Task<CooperativeMember?> LoadAsync(IAppDbContext db, Guid membershipId, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated || user.NationalCode is not { Length: > 0 } code)
        {
            return null;
        }

        return await db.CooperativeMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == membershipId && m.NationalCode == code, cancellationToken);
    }
}
