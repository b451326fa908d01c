using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Review.Decide;

/// <summary>
/// Which decisions to offer a member of staff on an application: the rows of <see cref="ApplicationWorkflow"/> open to
/// their roles from its status, less those separation of duties refuses them, and, while it is under review, only to
/// the reviewer who claimed it (the aggregate's rule). The same table <see cref="ReviewDecisionHandler"/> checks, so the
/// page never offers what would be refused.
/// </summary>
public static class AvailableDecisions
{
    private static readonly Dictionary<WorkflowAction, Decision> Offered = new()
    {
        [WorkflowAction.Claim] = Decision.Claim,
        [WorkflowAction.SendBack] = Decision.SendBack,
        [WorkflowAction.Recommend] = Decision.Recommend,
        [WorkflowAction.Reject] = Decision.Reject,
        [WorkflowAction.Approve] = Decision.Approve,
        [WorkflowAction.ReturnToReviewer] = Decision.ReturnToReviewer,
        [WorkflowAction.Assign] = Decision.Assign,
    };

    /// <param name="distinctSteps">Whether whoever recommended may not also approve or reject (<c>Review:SeparateRecommendAndApprove</c>).</param>
    public static IReadOnlySet<Decision> For(FormationApplication application, ICurrentUser user, bool distinctSteps = true)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(user);
        var status = application.Status;
        return WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, status, user, isOwner: false, application.Parties, distinctSteps)
            .Where(action => status != ApplicationStatus.UnderReview || action == WorkflowAction.Assign || application.ClaimedByUserId == user.UserId)
            .Where(Offered.ContainsKey)
            .Select(action => Offered[action])
            .ToHashSet();
    }

    /// <summary>
    /// True when the application waits for a head step the person, a county office's head, may not take by the offices'
    /// rule (ADR 0026): the page shows them the recommendation and says the provincial head decides.
    /// </summary>
    public static bool ProvinceDecides(FormationApplication application, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(user);
        return application.Status == ApplicationStatus.RecommendedForApproval && user.IsInRole(Domain.Users.Roles.HeadOfOffice) && !user.TakesHeadSteps;
    }
}
