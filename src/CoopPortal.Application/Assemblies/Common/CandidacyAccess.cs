using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
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

    /// <summary>A candidacy the caller may see (its own, or through the assembly); null otherwise.</summary>
    public static async Task<Candidacy?> LoadAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        var candidacy = await FindAsync(db, id, user, tracking, cancellationToken);
        return candidacy is not null
            && (candidacy.CandidateUserId == user.UserId || await GeneralAssemblyAccess.LoadAsync(db, candidacy.AssemblyId, user, cancellationToken) is not null)
            ? candidacy
            : null;
    }

    /// <summary>
    /// A candidacy the caller may see, with its cooperative when the caller sees it through the assembly (managers, the
    /// office, the observer); the cooperative is null for a candidate who sees only their own candidacy. Null otherwise.
    /// </summary>
    public static async Task<(Candidacy Candidacy, Cooperative? Cooperative)?> LoadSeenAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var candidacy = await FindAsync(db, id, user, tracking: false, cancellationToken);
        if (candidacy is null)
        {
            return null;
        }

        return await GeneralAssemblyAccess.LoadAsync(db, candidacy.AssemblyId, user, cancellationToken) is var (_, cooperative) ? (candidacy, cooperative)
            : candidacy.CandidateUserId == user.UserId ? (candidacy, null)
            : null;
    }

    private static async Task<Candidacy?> FindAsync(IAppDbContext db, Guid id, ICurrentUser user, bool tracking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        IQueryable<Candidacy> query = db.Candidacies.Include(c => c.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }
}
