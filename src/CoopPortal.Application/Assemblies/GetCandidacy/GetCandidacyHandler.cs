using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.GetCandidacy;

/// <summary>
/// One candidacy for those who may see it (<see cref="CandidacyAccess"/>), and the candidacies of an assembly for those
/// who may see the assembly (its managers, the office of its province, its observer), each with its findings.
/// </summary>
public sealed class GetCandidacyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CandidacyViews views)
{
    public async Task<Result<CandidacyView>> HandleAsync(Guid candidacyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await CandidacyAccess.LoadSeenAsync(db, candidacyId, user, cancellationToken) is var (candidacy, seenThrough)
            ? Result<CandidacyView>.Success(await views.BuildAsync(db, candidacy, seenThrough, user, cancellationToken))
            : Result<CandidacyView>.NotFound();
    }

    public async Task<Result<IReadOnlyList<CandidacyView>>> OfAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken) is not var (_, cooperative))
        {
            return Result<IReadOnlyList<CandidacyView>>.NotFound();
        }

        var candidacies = await db.Candidacies.AsNoTracking().Include(c => c.Events)
            .Where(c => c.AssemblyId == assemblyId)
            .OrderBy(c => c.Post).ThenBy(c => c.RegisteredAtUtc)
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<CandidacyView>>.Success(await views.ManyAsync(db, candidacies, cooperative, user, cancellationToken));
    }

    /// <summary>The caller's own candidacies, newest first (the candidate's list).</summary>
    public async Task<IReadOnlyList<MyCandidacy>> MineAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var rows = await db.Candidacies.AsNoTracking()
            .Where(c => c.CandidateUserId == user.UserId)
            .OrderByDescending(c => c.RegisteredAtUtc)
            .Join(db.Cooperatives, c => c.CooperativeId, k => k.Id, (c, k) => new { c.Id, k.Name, c.Post, c.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MyCandidacy(r.Id, r.Name, r.Post, r.Status)).ToList();
    }
}
