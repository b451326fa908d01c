using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.Common;

/// <summary>
/// Who may see or act on the registry's resources. A founding assembly: its applicant, and (once sent) the office staff
/// of its province. A cooperative and its declarations: its managers (by national code), and the office staff of its
/// province (declarations once sent). Anyone else gets null, which the use cases turn into "not found".
/// </summary>
public static class RegistryAccess
{
    public static bool IsOfficeStaff(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice) || user.IsInRole(Roles.Admin);
    }

    public static bool CanSee(FoundingAssembly assembly, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && (assembly.ApplicantUserId == user.UserId
            || (IsOfficeStaff(user) && assembly.Status != AssemblyStatus.Draft && OfficeScope.CanActIn(user, assembly.ProvinceId, assembly.CountyId)));
    }

    /// <summary>
    /// The decisions the assembly's workflow table offers the caller now: office staff of its province, less its
    /// applicant and officers (separation of duties); empty for anyone else. The page offers exactly these.
    /// </summary>
    public static IReadOnlySet<AssemblyAction> Decisions(FoundingAssembly assembly, ICurrentUser user) =>
        CanSee(assembly, user) && assembly.ApplicantUserId != user.UserId
            ? WorkflowAuthorization.OpenActions(FoundingAssembly.Workflow, assembly.Status, user, isOwner: false, assembly.Parties).ToHashSet()
            : new HashSet<AssemblyAction>();

    /// <summary>True when the assembly's workflow table offers the caller a decision now (<see cref="Decisions(FoundingAssembly, ICurrentUser)"/>).</summary>
    public static bool CanReview(FoundingAssembly assembly, ICurrentUser user) => Decisions(assembly, user).Count > 0;

    /// <summary>
    /// The decisions the declaration's workflow table offers the caller now: reviewers and heads of its province, less
    /// whoever sent it and the cooperative's managers (separation of duties); empty for anyone else. The page offers
    /// exactly these.
    /// </summary>
    public static IReadOnlySet<DeclarationAction> Decisions(SelfDeclaration declaration, Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        if (!IsOfficeStaff(user) || !OfficeScope.CanActIn(user, declaration.ProvinceId, declaration.CountyId) || IsManager(cooperative, user))
        {
            return new HashSet<DeclarationAction>();
        }

        var parties = declaration.PartiesWith(cooperative.Managers.Select(m => m.NationalCode));
        return WorkflowAuthorization.OpenActions(SelfDeclaration.Workflow, declaration.Status, user, isOwner: false, parties).ToHashSet();
    }

    /// <summary>True when the declaration's workflow table offers the caller a decision now.</summary>
    public static bool CanReview(SelfDeclaration declaration, Cooperative cooperative, ICurrentUser user) =>
        Decisions(declaration, cooperative, user).Count > 0;

    public static async Task<FoundingAssembly?> LoadAssemblyAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<FoundingAssembly> query = db.FoundingAssemblies.Include(a => a.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var assembly = await query.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return assembly is not null && CanSee(assembly, user) ? assembly : null;
    }

    /// <summary>An assembly, tracked for change, that the caller filed; null for anyone else.</summary>
    public static async Task<FoundingAssembly?> LoadOwnAssemblyAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated
            ? await db.FoundingAssemblies.Include(a => a.Events).SingleOrDefaultAsync(a => a.Id == id && a.ApplicantUserId == user.UserId, cancellationToken)
            : null;
    }

    /// <summary>True when the caller is one of the cooperative's managers (linked by their <b>proven</b> national code: <see cref="ICurrentUser.NationalCode"/>).</summary>
    public static bool IsManager(Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && user.NationalCode is { Length: > 0 } code && cooperative.Managers.Any(m => m.NationalCode == code);
    }

    /// <summary>
    /// A cooperative's card: its managers, the office of its province (a county office: of its county), headquarters
    /// (who read the whole registry) and the admin.
    /// </summary>
    public static bool CanSee(Cooperative cooperative, ICurrentUser user) =>
        IsManager(cooperative, user) || OfficeScope.CanSee(user, cooperative.ProvinceId, cooperative.CountyId);

    public static async Task<Cooperative?> LoadCooperativeAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Officers).Include(c => c.Managers)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return cooperative is not null && CanSee(cooperative, user) ? cooperative : null;
    }

    /// <summary>A declaration the caller may see: a manager of its cooperative, or office staff of its province once sent.</summary>
    public static async Task<(SelfDeclaration Declaration, Cooperative Cooperative)?> LoadDeclarationAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        IQueryable<SelfDeclaration> query = db.SelfDeclarations.Include(d => d.Events);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        var declaration = await query.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (declaration is null)
        {
            return null;
        }

        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Managers).Include(c => c.Officers)
            .SingleAsync(c => c.Id == declaration.CooperativeId, cancellationToken);
        var visible = IsManager(cooperative, user)
            || (IsOfficeStaff(user) && declaration.Status != DeclarationStatus.Draft && OfficeScope.CanActIn(user, declaration.ProvinceId, declaration.CountyId));
        return visible ? (declaration, cooperative) : null;
    }

    /// <summary>A declaration, tracked for change, of a cooperative the caller manages; null otherwise.</summary>
    public static async Task<SelfDeclaration?> LoadOwnDeclarationAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var loaded = await LoadDeclarationAsync(db, id, user, cancellationToken, tracking: true);
        return loaded is var (declaration, cooperative) && IsManager(cooperative, user) ? declaration : null;
    }
}
