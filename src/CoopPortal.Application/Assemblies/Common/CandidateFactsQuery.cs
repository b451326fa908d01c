using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>
/// Reads what the eligibility rules need about a candidate across the whole registry (a check only a registry-wide
/// portal can make): membership of this cooperative (its founding members; null when the portal holds no member list
/// for it), the posts they hold here now, the other posts they stand for in the same assembly, and the other
/// cooperatives whose board they sit on with a term not yet ended.
/// </summary>
public static class CandidateFactsQuery
{
    public static async Task<CandidateFacts> ReadAsync(IAppDbContext db, Candidacy candidacy, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(candidacy);
        var code = candidacy.NationalCode;
        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Officers)
            .SingleAsync(c => c.Id == candidacy.CooperativeId, cancellationToken);

        // The members the portal knows: those of the formation application the cooperative came from.
        bool? isMember = null;
        if (cooperative.FormationApplicationId is { } applicationId)
        {
            isMember = await db.FormationApplications.Where(a => a.Id == applicationId).SelectMany(a => a.Members).AnyAsync(m => m.NationalCode == code, cancellationToken)
                || cooperative.Officers.Any(o => o.NationalCode == code);
        }

        var heldHere = cooperative.Officers.Where(o => o.NationalCode == code && (o.TermEndsOn is null || o.TermEndsOn >= today)).Select(o => o.Role).ToHashSet();
        var otherPosts = await db.Candidacies.AsNoTracking()
            .Where(c => c.AssemblyId == candidacy.AssemblyId && c.NationalCode == code && c.Id != candidacy.Id
                && (c.Status == CandidacyStatus.Registered || c.Status == CandidacyStatus.Approved))
            .Select(c => c.Post)
            .ToListAsync(cancellationToken);
        var boardsElsewhere = await db.Cooperatives.AsNoTracking()
            .Where(c => c.Id != candidacy.CooperativeId && c.Officers.Any(o => o.NationalCode == code
                && (o.Role == OfficerRole.BoardMember || o.Role == OfficerRole.AlternateBoardMember)
                && (o.TermEndsOn == null || o.TermEndsOn >= today)))
            .OrderBy(c => c.Name)
            .Select(c => c.Name)
            .ToListAsync(cancellationToken);
        return new CandidateFacts(candidacy.Post, isMember, heldHere, otherPosts, boardsElsewhere, candidacy.FileKinds);
    }
}
