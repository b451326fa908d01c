using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Testing;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

/// <summary>
/// The offices' rule (issue 20, point 1): county reviewers review their county's cases; the head steps of a workflow
/// table (actor <see cref="Roles.HeadOfOffice"/>) go up to the provincial head unless the rule gives them to the county head.
/// </summary>
public sealed class CountyDecisionRuleTests
{
    private const int Zanjan = 14;
    private const int Abhar = 1402;

    private static readonly CaseParties Nobody = new(null, [], []);

    [Fact]
    public void By_default_a_county_head_does_not_take_head_steps_and_a_provincial_head_does()
    {
        var rule = new OfficeRules();

        Assert.Equal(0, rule.CountyHeadDecides);
        Assert.True(rule.HeadTakesHeadSteps(null));
        Assert.False(rule.HeadTakesHeadSteps(Abhar));
        Assert.True(new OfficeRules { CountyHeadDecides = 1 }.HeadTakesHeadSteps(Abhar));
    }

    [Theory]
    [InlineData(WorkflowAction.Approve)]
    [InlineData(WorkflowAction.Reject)]
    [InlineData(WorkflowAction.ReturnToReviewer)]
    public void A_county_head_is_refused_the_final_decision_with_the_rule_named(WorkflowAction action)
    {
        var countyHead = FakeCurrentUser.OfCounty(Roles.HeadOfOffice, Zanjan, Abhar);

        var refusal = WorkflowAuthorization.Refusal(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, action, countyHead, false, Nobody, _ => "role");

        Assert.Equal(WorkflowAuthorization.ProvinceHeadDecides, refusal);
        Assert.DoesNotContain(action, WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, countyHead, false, Nobody));
    }

    [Fact]
    public void The_provincial_head_takes_the_final_decision_of_a_county_case()
    {
        var head = FakeCurrentUser.WithRole(Roles.HeadOfOffice, Zanjan);

        Assert.Null(WorkflowAuthorization.Refusal(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve, head, false, Nobody, _ => "role"));
        Assert.Equal(
            new[] { WorkflowAction.Approve, WorkflowAction.ReturnToReviewer, WorkflowAction.Reject }.Order(),
            WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, head, false, Nobody).Order());
    }

    [Fact]
    public void With_the_rule_at_one_the_county_head_decides()
    {
        var countyHead = FakeCurrentUser.OfCounty(Roles.HeadOfOffice, Zanjan, Abhar);
        var deciding = new FakeCurrentUser(true, Zanjan, Roles.HeadOfOffice) { CountyId = Abhar, TakesHeadSteps = true };

        Assert.Null(WorkflowAuthorization.Refusal(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve, deciding, false, Nobody, _ => "role"));
        Assert.Contains(WorkflowAction.Approve, WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, deciding, false, Nobody));
        Assert.NotNull(WorkflowAuthorization.Refusal(ApplicationWorkflow.Machine, ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve, countyHead, false, Nobody, _ => "role"));
    }

    [Fact]
    public void A_county_reviewer_does_the_review_steps()
    {
        var reviewer = FakeCurrentUser.OfCounty(Roles.Reviewer, Zanjan, Abhar);

        Assert.Contains(WorkflowAction.Claim, WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, ApplicationStatus.Submitted, reviewer, false, Nobody));
        Assert.Equal(
            new[] { WorkflowAction.SendBack, WorkflowAction.Recommend, WorkflowAction.Reject }.Order(),
            WorkflowAuthorization.OpenActions(ApplicationWorkflow.Machine, ApplicationStatus.UnderReview, reviewer, false, Nobody).Order());
        Assert.Contains(DeclarationAction.Accept, WorkflowAuthorization.OpenActions(SelfDeclaration.Workflow, DeclarationStatus.Submitted, reviewer, false, Nobody));
    }

    [Fact]
    public void Choosing_an_assemblys_observer_goes_up_to_the_province_by_default()
    {
        var countyHead = FakeCurrentUser.OfCounty(Roles.HeadOfOffice, Zanjan, Abhar);

        Assert.Equal(WorkflowAuthorization.ProvinceHeadDecides, WorkflowAuthorization.Refusal(
            GeneralAssembly.Workflow, GeneralAssemblyStatus.Announced, GeneralAssemblyAction.AssignObserver, countyHead, false, Nobody, _ => "role"));
        Assert.Null(WorkflowAuthorization.Refusal(
            GeneralAssembly.Workflow, GeneralAssemblyStatus.Announced, GeneralAssemblyAction.AssignObserver, FakeCurrentUser.WithRole(Roles.HeadOfOffice, Zanjan), false, Nobody, _ => "role"));
    }

    [Fact]
    public void The_review_page_tells_only_a_county_head_without_head_steps_that_the_province_decides()
    {
        var now = DateTime.UtcNow;
        var application = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), Zanjan, Abhar, now);
        application.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(now)), "K7TM-29QH", now);
        application.Claim("reviewer-1", now);
        var countyHead = FakeCurrentUser.OfCounty(Roles.HeadOfOffice, Zanjan, Abhar);

        Assert.False(AvailableDecisions.ProvinceDecides(application, countyHead)); // under review: nothing to decide yet
        application.Recommend("reviewer-1", null, now);
        Assert.True(AvailableDecisions.ProvinceDecides(application, countyHead));
        Assert.False(AvailableDecisions.ProvinceDecides(application, FakeCurrentUser.WithRole(Roles.HeadOfOffice, Zanjan)));
        Assert.False(AvailableDecisions.ProvinceDecides(application, new FakeCurrentUser(true, Zanjan, Roles.HeadOfOffice) { CountyId = Abhar, TakesHeadSteps = true }));
        Assert.False(AvailableDecisions.ProvinceDecides(application, FakeCurrentUser.OfCounty(Roles.Reviewer, Zanjan, Abhar)));
    }
}
