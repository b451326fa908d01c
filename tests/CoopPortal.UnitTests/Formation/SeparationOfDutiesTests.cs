using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>
/// The workflow tables say who may act, and nobody decides a case they filed or belong to; the reviewer who recommended
/// an application does not also approve or reject it (unless the office turns that rule off).
/// </summary>
public sealed class SeparationOfDutiesTests
{
    private static CurrentUserSnapshot Staff(string id, string? nationalCode, params string[] roles) =>
        new(id, roles.ToHashSet(), 14) { NationalCode = nationalCode };

    private static FormationApplication RecommendedBy(string reviewer)
    {
        var application = Submitted();
        application.Claim(reviewer, Now.AddMinutes(1));
        application.Recommend(reviewer, null, Now.AddMinutes(2));
        return application;
    }

    [Fact]
    public void Every_row_of_every_table_names_who_takes_it()
    {
        string[] formationActors = [CaseActors.Owner, Roles.Reviewer, Roles.HeadOfOffice];
        Assert.All(ApplicationWorkflow.Machine.Transitions, t => Assert.Contains(t.Actor, formationActors));
        Assert.All(FoundingAssembly.Workflow.Transitions, t => Assert.Contains(t.Actor, new[] { CaseActors.Owner, CaseActors.Office }));
        Assert.All(SelfDeclaration.Workflow.Transitions, t => Assert.Contains(t.Actor, new[] { CaseActors.Owner, CaseActors.Office }));
        Assert.Equal(Roles.HeadOfOffice, ApplicationWorkflow.Machine.ActorOf(ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve));
        Assert.Equal(CaseActors.Owner, ApplicationWorkflow.Machine.ActorOf(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Resubmit));
        Assert.Null(ApplicationWorkflow.Machine.ActorOf(ApplicationStatus.Draft, WorkflowAction.Approve));
    }

    [Fact]
    public void The_table_says_which_steps_the_applicant_sees()
    {
        var hidden = ApplicationWorkflow.Machine.Transitions.Where(t => !t.ShownToApplicant).Select(t => t.Action).Distinct().Order();
        Assert.Equal([WorkflowAction.Assign, WorkflowAction.ReturnToReviewer], hidden);

        var application = UnderReview();
        application.Recommend(ReviewerUserId, null, Now.AddMinutes(3));
        application.ReturnToReviewer("head-1", "سرمایه را دوباره بررسی کنید.", Now.AddMinutes(4));
        Assert.False(application.Events[^1].IsPublic);
        Assert.True(application.Events.Single(e => e.Action == WorkflowAction.Recommend).IsPublic);
    }

    [Fact]
    public void Staff_who_are_members_of_an_application_are_offered_nothing_and_refused()
    {
        var application = Submitted();
        var member = Staff("staff-member", application.Members[2].NationalCode, Roles.Reviewer, Roles.HeadOfOffice);

        Assert.Empty(AvailableDecisions.For(application, member));
        var refusal = WorkflowAuthorization.Refusal(ApplicationWorkflow.Machine, application.Status, WorkflowAction.Claim, member, false, application.Parties, _ => "role");
        Assert.Equal(SeparationOfDuties.OwnCase, refusal);
    }

    [Fact]
    public void An_account_with_every_role_cannot_claim_or_assign_its_own_application()
    {
        var application = Submitted();
        var applicantWithEveryRole = Staff(ApplicantUserId, null, Roles.Applicant, Roles.Reviewer, Roles.HeadOfOffice);

        Assert.Empty(AvailableDecisions.For(application, applicantWithEveryRole));
        Assert.Equal(SeparationOfDuties.OwnCase, WorkflowAuthorization.Refusal(
            ApplicationWorkflow.Machine, application.Status, WorkflowAction.Assign, applicantWithEveryRole, false, application.Parties, _ => "role"));
    }

    [Fact]
    public void Whoever_recommended_may_not_approve_or_reject_the_same_application_unless_the_rule_is_off()
    {
        var both = Staff("reviewer-and-head", null, Roles.Reviewer, Roles.HeadOfOffice);
        var application = RecommendedBy(both.UserId!);
        var otherHead = Staff("head-2", null, Roles.HeadOfOffice);

        Assert.Equal(SeparationOfDuties.EarlierStep, WorkflowAuthorization.Refusal(
            ApplicationWorkflow.Machine, application.Status, WorkflowAction.Approve, both, false, application.Parties, _ => "role"));
        Assert.Equal(SeparationOfDuties.EarlierStep, WorkflowAuthorization.Refusal(
            ApplicationWorkflow.Machine, application.Status, WorkflowAction.Reject, both, false, application.Parties, _ => "role"));
        // Returning it to a reviewer is still theirs to do.
        Assert.Equal(new HashSet<Decision> { Decision.ReturnToReviewer }, AvailableDecisions.For(application, both));

        Assert.Equal(new HashSet<Decision> { Decision.Approve, Decision.ReturnToReviewer, Decision.Reject }, AvailableDecisions.For(application, otherHead));
        Assert.Equal(new HashSet<Decision> { Decision.Approve, Decision.ReturnToReviewer, Decision.Reject }, AvailableDecisions.For(application, both, distinctSteps: false));
    }

    [Fact]
    public void A_person_without_the_tables_role_gets_the_role_refusal()
    {
        var application = RecommendedBy(ReviewerUserId);
        var reviewer = Staff(OtherReviewerUserId, null, Roles.Reviewer);

        var refusal = WorkflowAuthorization.Refusal(
            ApplicationWorkflow.Machine, application.Status, WorkflowAction.Approve, reviewer, false, application.Parties,
            actor => actor == Roles.HeadOfOffice ? ReviewDecisionHandler.HeadOnly : ReviewDecisionHandler.ReviewersOnly);

        Assert.Equal(ReviewDecisionHandler.HeadOnly, refusal);
    }

    [Fact]
    public void The_owners_own_steps_are_never_refused_as_their_own_case()
    {
        var application = Returned(ApplicationSection.Names);
        var owner = Staff(ApplicantUserId, ApplicantNationalCode, Roles.Applicant);

        Assert.Null(SeparationOfDuties.Refusal(ApplicationWorkflow.Machine, application.Status, WorkflowAction.Resubmit,
            WorkflowAuthorization.ActorOf(owner), application.Parties));
        Assert.Equal([WorkflowAction.Resubmit, WorkflowAction.Withdraw],
            WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, application.Status, owner, isOwner: true, application.Parties));
    }
}
