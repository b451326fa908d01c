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
    public static async Task<CandidateFacts> ReadAsync(IAppDbContext db, Candidacy candidacy, DateOnly today, CancellationToken cancellationToken) =>
        (await ReadManyAsync(db, [candidacy], today, cancellationToken))[candidacy.Id];

    /// <summary>
    /// The facts of several candidacies of one assembly, in four queries whatever their number (the office's list of an
    /// assembly's candidates checks each of them).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, CandidateFacts>> ReadManyAsync(
        IAppDbContext db, IReadOnlyCollection<Candidacy> candidacies, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(candidacies);
        if (candidacies.Count == 0)
        {
            return new Dictionary<Guid, CandidateFacts>();
        }

        var assemblyId = candidacies.First().AssemblyId;
        if (candidacies.Any(c => c.AssemblyId != assemblyId))
        {
            throw new ArgumentException("The candidacies must be of one assembly.", nameof(candidacies));
        }

        var cooperativeId = candidacies.First().CooperativeId;
        var codes = candidacies.Select(c => c.NationalCode).Distinct().ToList();
        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Officers)
            .SingleAsync(c => c.Id == cooperativeId, cancellationToken);

        // The members the portal knows: those of the formation application the cooperative came from.
        HashSet<string>? members = null;
        if (cooperative.FormationApplicationId is { } applicationId)
        {
            members = (await db.FormationApplications.Where(a => a.Id == applicationId).SelectMany(a => a.Members)
                .Where(m => codes.Contains(m.NationalCode)).Select(m => m.NationalCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            members.UnionWith(cooperative.Officers.Select(o => o.NationalCode));
        }

        var openHere = await db.Candidacies.AsNoTracking()
            .Where(c => c.AssemblyId == assemblyId && codes.Contains(c.NationalCode)
                && (c.Status == CandidacyStatus.Registered || c.Status == CandidacyStatus.Approved))
            .Select(c => new { c.Id, c.NationalCode, c.Post })
            .ToListAsync(cancellationToken);
        var boardsElsewhere = await db.Cooperatives.AsNoTracking()
            .Where(c => c.Id != cooperativeId)
            .SelectMany(c => c.Officers.Where(o => codes.Contains(o.NationalCode)
                    && (o.Role == OfficerRole.BoardMember || o.Role == OfficerRole.AlternateBoardMember)
                    && (o.TermEndsOn == null || o.TermEndsOn >= today)),
                (c, o) => new { o.NationalCode, c.Id, c.Name })
            .Distinct()
            .ToListAsync(cancellationToken);

        return candidacies.ToDictionary(candidacy => candidacy.Id, candidacy =>
        {
            var code = candidacy.NationalCode;
            var heldHere = cooperative.Officers.Where(o => o.NationalCode == code && (o.TermEndsOn is null || o.TermEndsOn >= today)).Select(o => o.Role).ToHashSet();
            var otherPosts = openHere.Where(c => c.NationalCode == code && c.Id != candidacy.Id).Select(c => c.Post).ToList();
            var elsewhere = boardsElsewhere.Where(b => b.NationalCode == code).Select(b => b.Name).Order(StringComparer.Ordinal).ToList();
            return new CandidateFacts(candidacy.Post, members?.Contains(code), heldHere, otherPosts, elsewhere, candidacy.FileKinds);
        });
    }
}
