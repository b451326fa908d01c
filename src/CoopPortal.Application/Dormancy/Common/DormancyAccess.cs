using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Common;

/// <summary>
/// Who may see or act on a dormancy case: the office staff of its province or county (<see cref="OfficeScope"/>;
/// headquarters read) and the cooperative's managers (by proven national code). Anyone else gets null, which the use
/// cases turn into "not found", other provinces included. Who may take a step is the case's table
/// (<see cref="DormancyCase.Workflow"/>): <see cref="Decisions"/> offers, <see cref="Refusal"/> checks.
/// </summary>
public static class DormancyAccess
{
    public const string StaffOnly = "این تصمیم با کارشناسان و مدیر اداره کل تعاون استان است.";

    public const string HeadOnly = "این تصمیم با مدیر اداره کل تعاون است.";

    public const string ManagersOnly = "پاسخ به اخطاریه رکود با مدیران همین تعاونی است.";

    /// <summary>True when the caller may see the case: its managers, or office staff whose scope covers it.</summary>
    public static bool CanSee(DormancyCase dormancyCase, Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(dormancyCase);
        return RegistryAccess.IsManager(cooperative, user) || OfficeScope.CanSee(user, dormancyCase.ProvinceId, dormancyCase.CountyId);
    }

    /// <summary>The case and its cooperative (with managers and status history), or null when it does not exist or is not the caller's to see.</summary>
    public static async Task<(DormancyCase Case, Cooperative Cooperative)?> LoadAsync(
        IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken, bool tracking = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        IQueryable<DormancyCase> cases = db.DormancyCases.Include(c => c.Events);
        IQueryable<Cooperative> cooperatives = db.Cooperatives.Include(c => c.Managers).Include(c => c.StatusEvents);
        if (!tracking)
        {
            cases = cases.AsNoTracking();
            cooperatives = cooperatives.AsNoTracking();
        }

        var dormancyCase = await cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (dormancyCase is null)
        {
            return null;
        }

        var cooperative = await cooperatives.SingleAsync(c => c.Id == dormancyCase.CooperativeId, cancellationToken);
        return CanSee(dormancyCase, cooperative, user) ? (dormancyCase, cooperative) : null;
    }

    /// <summary>True when the caller acts as one of the cooperative's managers (the case's owner in its table).</summary>
    public static bool IsOwner(Cooperative cooperative, ICurrentUser user) => RegistryAccess.IsManager(cooperative, user);

    /// <summary>
    /// The steps the table offers the caller now: the managers' answer to the managers; the office's steps to the staff
    /// of the case's province or county, less the cooperative's managers and, for dissolution, whoever opened the case.
    /// </summary>
    public static IReadOnlySet<DormancyAction> Decisions(DormancyCase dormancyCase, Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(dormancyCase);
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        var isOwner = IsOwner(cooperative, user);
        var inOffice = OfficeScope.CanActIn(user, dormancyCase.ProvinceId, dormancyCase.CountyId);
        return WorkflowAuthorization.OpenActions(DormancyCase.Workflow, dormancyCase.Status, user, isOwner, Parties(dormancyCase, cooperative))
            .Where(action => DormancyCase.Workflow.ActorOf(dormancyCase.Status, action) == Domain.Common.CaseActors.Owner || inOffice)
            .ToHashSet();
    }

    /// <summary>The Persian reason the caller may not take <paramref name="action"/> now, or null when the table lets them.</summary>
    public static string? Refusal(DormancyCase dormancyCase, Cooperative cooperative, DormancyAction action, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(dormancyCase);
        ArgumentNullException.ThrowIfNull(user);
        var owners = DormancyCase.Workflow.ActorOf(dormancyCase.Status, action) == Domain.Common.CaseActors.Owner;
        if (!owners && !OfficeScope.CanActIn(user, dormancyCase.ProvinceId, dormancyCase.CountyId))
        {
            return StaffOnly;
        }

        return WorkflowAuthorization.Refusal(
            DormancyCase.Workflow, dormancyCase.Status, action, user, IsOwner(cooperative, user), Parties(dormancyCase, cooperative), RoleRefusal);
    }

    /// <summary>The Persian reason the caller may not open a case for the cooperative (the table's opening row), or null.</summary>
    public static string? OpenRefusal(Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        if (!OfficeScope.CanActIn(user, cooperative.ProvinceId, cooperative.CountyId))
        {
            return StaffOnly;
        }

        var parties = new Domain.Common.CaseParties(null, cooperative.Managers.Select(m => m.NationalCode).ToHashSet(), []);
        return WorkflowAuthorization.Refusal(DormancyCase.Workflow, DormancyStatus.None, DormancyAction.Open, user, isOwner: false, parties, RoleRefusal);
    }

    private static Domain.Common.CaseParties Parties(DormancyCase dormancyCase, Cooperative cooperative) =>
        dormancyCase.PartiesWith(cooperative.Managers.Select(m => m.NationalCode));

    private static string RoleRefusal(string actor) => actor switch
    {
        Roles.HeadOfOffice => HeadOnly,
        Domain.Common.CaseActors.Owner => ManagersOnly,
        _ => StaffOnly,
    };
}
