using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Registry.Lifecycle;

/// <summary>
/// Who may take a step of a cooperative's life (<see cref="CooperativeLifecycle.Machine"/>): the table's actor, acting
/// in the cooperative's province or county (<see cref="OfficeScope.CanActIn"/>), and separation of duties (none of its
/// managers; whoever opened the dormancy case does not decide its dissolution). The cases that drive the status
/// (dormancy, liquidation) ask the same before they move it.
/// </summary>
public static class CooperativeLifecycleAccess
{
    public const string StaffOnly = "تغییر وضعیت تعاونی ویژه کارشناسان و مدیر اداره کل تعاون است.";

    public const string HeadOnly = "این تصمیم با مدیر اداره کل تعاون است.";

    /// <summary>The Persian reason the person may not take <paramref name="action"/> now, or null when they may.</summary>
    public static string? Refusal(Cooperative cooperative, CooperativeStatusAction action, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        if (!OfficeScope.CanActIn(user, cooperative.ProvinceId, cooperative.CountyId))
        {
            return StaffOnly;
        }

        return WorkflowAuthorization.Refusal(
            CooperativeLifecycle.Machine, cooperative.Status, action, user, isOwner: false, cooperative.LifecycleParties, RoleRefusal);
    }

    /// <summary>The steps the table offers the person from the cooperative's status, separation of duties applied.</summary>
    public static IReadOnlyList<CooperativeStatusAction> OpenActions(Cooperative cooperative, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        return OfficeScope.CanActIn(user, cooperative.ProvinceId, cooperative.CountyId)
            ? WorkflowAuthorization.OpenActions(CooperativeLifecycle.Machine, cooperative.Status, user, isOwner: false, cooperative.LifecycleParties)
            : [];
    }

    private static string RoleRefusal(string actor) => actor == Domain.Users.Roles.HeadOfOffice ? HeadOnly : StaffOnly;
}
