using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.Versions;

/// <summary>
/// What changed in an application's latest resubmission against the version before it: empty for a first submission,
/// and for anyone who may not see the application (the same rule as the application itself).
/// </summary>
public sealed class VersionChangesQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, LookupsQuery lookups)
{
    public async Task<VersionChanges> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (!await ApplicationAccess.IsVisibleAsync(db, applicationId, user, cancellationToken))
        {
            return VersionChanges.None;
        }

        var latest = await db.ApplicationVersions.AsNoTracking()
            .Where(v => v.ApplicationId == applicationId)
            .OrderByDescending(v => v.Number)
            .Take(2)
            .ToListAsync(cancellationToken);
        if (latest.Count < 2)
        {
            return VersionChanges.None;
        }

        var changes = VersionDiff.Between(
            ApplicationSnapshot.Parse(latest[1].ContentJson), ApplicationSnapshot.Parse(latest[0].ContentJson),
            await lookups.HandleAsync(cancellationToken), await FormationContext.DocumentTypesAsync(db, cancellationToken));
        return new VersionChanges(latest[0].Number, latest[1].Number, changes);
    }
}

/// <summary>The changes from version <paramref name="Previous"/> to version <paramref name="Latest"/>.</summary>
public sealed record VersionChanges(int Latest, int Previous, IReadOnlyList<VersionChange> Changes)
{
    public static VersionChanges None { get; } = new(0, 0, []);

    public bool IsResubmission => Latest > 1;
}
