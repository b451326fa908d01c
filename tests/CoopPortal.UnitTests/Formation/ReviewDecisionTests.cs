using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>The office's decisions on the aggregate: assign, recommend, approve, return to the reviewer, reject.</summary>
public sealed class ReviewDecisionTests
{
    private const string Head = "head-1";
    private const string OtherReviewer = "reviewer-2";
    private static readonly RejectionReason Reason = RejectionReason.All[0];

    [Fact]
    public void The_head_assigns_a_submitted_application_and_may_reassign_it_under_review()
    {
        var application = Submitted();

        application.Assign(Head, ReviewerUserId, Now.AddMinutes(2));
        Assert.Equal((ApplicationStatus.UnderReview, ReviewerUserId), (application.Status, application.ClaimedByUserId));

        application.Assign(Head, OtherReviewer, Now.AddMinutes(3));
        Assert.Equal((ApplicationStatus.UnderReview, OtherReviewer), (application.Status, application.ClaimedByUserId));
        Assert.False(application.Events[^1].IsPublic);
    }

    [Fact]
    public void Only_the_claimer_recommends_and_the_recommendation_is_in_the_public_timeline()
    {
        var application = UnderReview();

        Assert.Throws<DomainException>(() => application.Recommend(OtherReviewer, null, Now.AddMinutes(3)));
        application.Recommend(ReviewerUserId, "مدارک کامل است.", Now.AddMinutes(3));

        Assert.Equal(ApplicationStatus.RecommendedForApproval, application.Status);
        Assert.Equal((WorkflowAction.Recommend, "مدارک کامل است."), (application.Events[^1].Action, application.Events[^1].Comment));
    }

    [Fact]
    public void The_head_approves_a_recommended_application_but_not_one_still_under_review()
    {
        var application = UnderReview();
        Assert.Throws<DomainException>(() => application.Approve(Head, Now.AddMinutes(3)));

        application.Recommend(ReviewerUserId, null, Now.AddMinutes(3));
        application.Approve(Head, Now.AddMinutes(4));

        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Throws<DomainException>(() => application.Withdraw("دیر است", Now.AddMinutes(5)));
    }

    [Fact]
    public void Returning_to_the_reviewer_needs_a_reason_and_puts_it_back_under_review()
    {
        var application = UnderReview();
        application.Recommend(ReviewerUserId, null, Now.AddMinutes(3));

        Assert.Throws<DomainException>(() => application.ReturnToReviewer(Head, " ", Now.AddMinutes(4)));
        application.ReturnToReviewer(Head, "سهم یکی از اعضا بررسی شود.", Now.AddMinutes(4));

        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal(ReviewerUserId, application.ClaimedByUserId);
    }

    [Fact]
    public void Rejection_needs_an_explanation_and_under_review_only_the_claimer_may_reject()
    {
        var application = UnderReview();

        Assert.Throws<DomainException>(() => application.Reject(ReviewerUserId, Reason, "", Now.AddMinutes(3)));
        Assert.Throws<DomainException>(() => application.Reject(OtherReviewer, Reason, "توضیح", Now.AddMinutes(3)));
        application.Reject(ReviewerUserId, Reason, "دو عضو کارمند دولت‌اند.", Now.AddMinutes(3));

        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal($"{Reason.Title}: دو عضو کارمند دولت‌اند.", application.Events[^1].Comment);
    }

    [Fact]
    public void Every_rejection_reason_has_a_code_and_a_Persian_title()
    {
        Assert.Equal(RejectionReason.All.Count, RejectionReason.All.Select(r => r.Code).Distinct().Count());
        Assert.All(RejectionReason.All, r => Assert.True(HasPersianLetter(r.Title)));
        Assert.Equal(Reason, RejectionReason.Find(Reason.Code));
        Assert.Null(RejectionReason.Find("no-such-reason"));
    }
}
