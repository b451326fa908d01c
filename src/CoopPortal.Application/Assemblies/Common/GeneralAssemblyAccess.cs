using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>
/// Who may see or act on a general assembly: the cooperative's managers (by proven national code) always; the office
/// staff of its province once the notice is published; the observer assigned to it. Anyone else (a manager of another
/// cooperative, staff of another province, a candidate) gets null, which the use cases turn into "not found". A
/// candidate reaches the notice through their candidacy, never the assembly's case.
/// </summary>
public static class GeneralAssemblyAccess
{
    /// <summary>A manager of the cooperative, by proven national code (the registry's rule).</summary>
    public static bool IsManager(Cooperative cooperative, ICurrentUser user) => Registry.Common.RegistryAccess.IsManager(cooperative, user);

    public static bool IsOfficeStaff(ICurrentUser user) => Registry.Common.RegistryAccess.IsOfficeStaff(user);

    /// <summary>True when the caller is the observer the head assigned to this assembly.</summary>
    public static bool IsObserver(GeneralAssembly assembly, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && assembly.ObserverUserId is { } observer && observer == user.UserId
            && OfficeScope.CanActIn(user, assembly.ProvinceId, assembly.CountyId);
    }

    public static bool CanSee(GeneralAssembly assembly, Cooperative cooperative, ICurrentUser user) =>
        IsManager(cooperative, user)
        || IsObserver(assembly, user)
        || (IsOfficeStaff(user) && assembly.Status != GeneralAssemblyStatus.Draft && OfficeScope.CanActIn(user, assembly.ProvinceId, assembly.CountyId));

    /// <summary>
    /// The steps the assembly's workflow table offers the caller now: the manager's own (publish, cancel, send the
    /// minutes), the head's supervision decision, the observer's report, the office's decision; separation of duties
    /// applied (a manager of the cooperative or one elected never decides it; the observer does not also confirm).
    /// </summary>
    public static IReadOnlySet<GeneralAssemblyAction> Actions(GeneralAssembly assembly, Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(cooperative);
        if (!CanSee(assembly, cooperative, user))
        {
            return new HashSet<GeneralAssemblyAction>();
        }

        var isManager = IsManager(cooperative, user);
        var parties = assembly.PartiesWith(cooperative.Managers.Select(m => m.NationalCode));
        return WorkflowAuthorization.OpenActions(
            GeneralAssembly.Workflow, assembly.Status, user, isOwner: isManager, parties, isAssignee: IsObserver(assembly, user)).ToHashSet();
    }

    /// <summary>Why the caller may not take <paramref name="action"/> now (the table's actor, separation of duties), or null.</summary>
    public static string? Refusal(GeneralAssembly assembly, Cooperative cooperative, GeneralAssemblyAction action, ICurrentUser user, Func<string, string> roleRefusal)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(cooperative);
        var parties = assembly.PartiesWith(cooperative.Managers.Select(m => m.NationalCode));
        return WorkflowAuthorization.Refusal(
            GeneralAssembly.Workflow, assembly.Status, action, user, isOwner: IsManager(cooperative, user), parties, roleRefusal,
            isAssignee: IsObserver(assembly, user));
    }

    /// <summary>An assembly the caller may see, with its cooperative (managers and officers); null otherwise.</summary>
    public static async Task<(GeneralAssembly Assembly, Cooperative Cooperative)?> LoadAsync(
        IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        IQueryable<GeneralAssembly> query = db.GeneralAssemblies.Include(a => a.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var assembly = await query.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assembly is null)
        {
            return null;
        }

        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Managers).Include(c => c.Officers)
            .SingleAsync(c => c.Id == assembly.CooperativeId, cancellationToken);
        return CanSee(assembly, cooperative, user) ? (assembly, cooperative) : null;
    }

    /// <summary>An assembly, tracked for change, of a cooperative the caller manages; null otherwise.</summary>
    public static async Task<GeneralAssembly?> LoadOwnAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(db, id, user, cancellationToken, tracking: true);
        return loaded is var (assembly, cooperative) && IsManager(cooperative, user) ? assembly : null;
    }
}
