using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

public sealed class AvailableDecisionsTests
{
    private static CurrentUserSnapshot Staff(string id, params string[] roles) => new(id, roles.ToHashSet(), 14);

    private static readonly CurrentUserSnapshot Claimer = Staff(ReviewerUserId, Roles.Reviewer);
    private static readonly CurrentUserSnapshot OtherReviewer = Staff("reviewer-2", Roles.Reviewer);
    private static readonly CurrentUserSnapshot Head = Staff("head-1", Roles.HeadOfOffice);

    private static FormationApplication Recommended()
    {
        var application = UnderReview();
        application.Recommend(ReviewerUserId, null, Now.AddMinutes(3));
        return application;
    }

    [Fact]
    public void A_reviewer_may_claim_a_submitted_application_and_the_head_may_assign_it()
    {
        Assert.Equal([Decision.Claim], AvailableDecisions.For(Submitted(), Claimer));
        Assert.Equal([Decision.Assign], AvailableDecisions.For(Submitted(), Head));
    }

    [Fact]
    public void Under_review_only_the_claimer_decides_and_the_head_may_reassign()
    {
        Assert.Equal(new HashSet<Decision> { Decision.SendBack, Decision.Recommend, Decision.Reject }, AvailableDecisions.For(UnderReview(), Claimer));
        Assert.Empty(AvailableDecisions.For(UnderReview(), OtherReviewer));
        Assert.Equal([Decision.Assign], AvailableDecisions.For(UnderReview(), Head));
    }

    [Fact]
    public void A_recommended_application_is_the_heads_alone()
    {
        Assert.Equal(new HashSet<Decision> { Decision.Approve, Decision.ReturnToReviewer, Decision.Reject }, AvailableDecisions.For(Recommended(), Head));
        Assert.Empty(AvailableDecisions.For(Recommended(), Claimer));
    }

    [Fact]
    public void Nothing_is_offered_on_a_returned_application_or_to_an_applicant()
    {
        var returned = Returned(ApplicationSection.Names);
        Assert.Empty(AvailableDecisions.For(returned, Claimer));
        Assert.Empty(AvailableDecisions.For(returned, Head));
        Assert.Empty(AvailableDecisions.For(Submitted(), new CurrentUserSnapshot("applicant", new HashSet<string> { Roles.Applicant }, null)));
    }

    [Fact]
    public void Every_decision_offered_is_one_the_workflow_table_allows()
    {
        var actions = new Dictionary<Decision, WorkflowAction>
        {
            [Decision.Claim] = WorkflowAction.Claim, [Decision.SendBack] = WorkflowAction.SendBack, [Decision.Recommend] = WorkflowAction.Recommend,
            [Decision.Reject] = WorkflowAction.Reject, [Decision.Approve] = WorkflowAction.Approve,
            [Decision.ReturnToReviewer] = WorkflowAction.ReturnToReviewer, [Decision.Assign] = WorkflowAction.Assign,
        };
        foreach (var application in new[] { Submitted(), UnderReview(), Recommended(), Resubmitted() })
        {
            foreach (var user in new[] { Claimer, OtherReviewer, Head })
            {
                foreach (var decision in AvailableDecisions.For(application, user))
                {
                    Assert.NotNull(ApplicationWorkflow.Next(application.Status, actions[decision]).To);
                }
            }
        }
    }
}
