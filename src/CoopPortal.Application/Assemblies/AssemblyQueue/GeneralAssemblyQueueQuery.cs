using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.AssemblyQueue;

/// <summary>
/// The office's list of published assemblies of its province (all provinces for an admin), soonest meeting first, the
/// ones waiting for someone first; and an observer's own list by meeting day. Nothing for anyone else.
/// </summary>
public sealed class GeneralAssemblyQueueQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    /// <summary>The statuses in which the office or the observer has something to do.</summary>
    public static IReadOnlyList<GeneralAssemblyStatus> Waiting { get; } =
    [
        GeneralAssemblyStatus.Announced, GeneralAssemblyStatus.AwaitingObserver, GeneralAssemblyStatus.MinutesSubmitted,
        GeneralAssemblyStatus.ObserverConfirmed, GeneralAssemblyStatus.IrregularitiesReported,
    ];

    public async Task<IReadOnlyList<GeneralAssemblyQueueItem>> OfficeAsync(bool waitingOnly, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var scope = OfficeScope.FilterFor(user);
        if (!scope.AllowsAny)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var query = scope.Apply(db.GeneralAssemblies.AsNoTracking().Where(a => a.Status != GeneralAssemblyStatus.Draft), a => a.ProvinceId, a => a.CountyId);

        if (waitingOnly)
        {
            var waiting = Waiting.ToArray();
            query = query.Where(a => waiting.Contains(a.Status));
        }

        return await Project(query.OrderBy(a => a.Notice.MeetingOn).ThenBy(a => a.CooperativeName)).Take(500).ToListAsync(cancellationToken);
    }

    /// <summary>The assemblies the caller observes, by meeting day.</summary>
    public async Task<IReadOnlyList<GeneralAssemblyQueueItem>> ObservedAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await Project(db.GeneralAssemblies.AsNoTracking().Where(a => a.ObserverUserId == user.UserId).OrderBy(a => a.Notice.MeetingOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The assemblies of a cooperative, newest first: for its managers (drafts included) and the office of its province
    /// (published ones); null for anyone else (not found).
    /// </summary>
    public async Task<IReadOnlyList<GeneralAssemblyQueueItem>?> OfCooperativeAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await Registry.Common.RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken);
        if (cooperative is null)
        {
            return null;
        }

        var query = db.GeneralAssemblies.AsNoTracking().Where(a => a.CooperativeId == cooperativeId);
        if (!Registry.Common.RegistryAccess.IsManager(cooperative, user))
        {
            query = query.Where(a => a.Status != GeneralAssemblyStatus.Draft);
        }

        return await Project(query.OrderByDescending(a => a.CreatedAtUtc)).ToListAsync(cancellationToken);
    }

    private static IQueryable<GeneralAssemblyQueueItem> Project(IQueryable<GeneralAssembly> query) =>
        query.Select(a => new GeneralAssemblyQueueItem(a.Id, a.CooperativeName, a.Notice.Kind, a.Notice.MeetingOn, a.Notice.MeetingTime, a.Status, a.ObserverName));
}
