using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>
/// Who may see a candidacy: the candidate; the cooperative's managers and the office staff of its province and the
/// assembly's observer (through the assembly, <see cref="GeneralAssemblyAccess"/>). Anyone else gets null: "not found".
/// </summary>
public static class CandidacyAccess
{
    /// <summary>The caller's own candidacy, tracked for change; null for anyone else's.</summary>
    public static async Task<Candidacy?> LoadOwnAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated
            ? await db.Candidacies.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id && c.CandidateUserId == user.UserId, cancellationToken)
            : null;
    }

    /// <summary>A candidacy the caller may see (its own, or through the assembly), with the assembly's access loaded; null otherwise.</summary>
    public static async Task<Candidacy?> LoadAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        IQueryable<Candidacy> query = db.Candidacies.Include(c => c.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var candidacy = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (candidacy is null || !user.IsAuthenticated)
        {
            return null;
        }

        return candidacy.CandidateUserId == user.UserId || await GeneralAssemblyAccess.LoadAsync(db, candidacy.AssemblyId, user, cancellationToken) is not null
            ? candidacy
            : null;
    }
}
