using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Review.Decide;

/// <summary>A decision the office can take on a formation application.</summary>
public enum Decision
{
    Claim,
    SendBack,
    Recommend,
    Reject,
    Approve,
    ReturnToReviewer,
    Assign,
}

/// <summary>
/// Which decisions to offer a member of staff on an application, from its status, its claimer and their role: the same
/// rules <see cref="ReviewDecisionHandler"/> and the aggregate enforce, so the page never offers what would be refused.
/// </summary>
public static class AvailableDecisions
{
    public static IReadOnlySet<Decision> For(FormationApplication application, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(user);
        var decisions = new HashSet<Decision>();
        var status = application.Status;
        if (user.IsInRole(Roles.Reviewer))
        {
            if (status is ApplicationStatus.Submitted or ApplicationStatus.Resubmitted)
            {
                decisions.Add(Decision.Claim);
            }
            else if (status == ApplicationStatus.UnderReview && application.ClaimedByUserId == user.UserId)
            {
                decisions.UnionWith([Decision.SendBack, Decision.Recommend, Decision.Reject]);
            }
        }

        if (user.IsInRole(Roles.HeadOfOffice))
        {
            if (status == ApplicationStatus.RecommendedForApproval)
            {
                decisions.UnionWith([Decision.Approve, Decision.ReturnToReviewer, Decision.Reject]);
            }
            else if (status is ApplicationStatus.Submitted or ApplicationStatus.Resubmitted or ApplicationStatus.UnderReview)
            {
                decisions.Add(Decision.Assign);
            }
        }

        return decisions;
    }
}
