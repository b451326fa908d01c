using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>The office's decisions through the use case, on a real database, including every forbidden case.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReviewDecisionTests(PortalDatabaseFixture fixture)
{
    private async Task<(Guid Id, PortalDatabaseFixture.Handlers Applicant)> SubmittedAsync()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        var applicant = fixture.As(owner);
        Assert.True((await applicant.Submit.HandleAsync(id, default)).Succeeded);
        return (id, applicant);
    }

    private async Task<PortalDatabaseFixture.Handlers> StaffAsync(string role, int province) => fixture.As(await fixture.NewUserAsync(role, province));

    [Fact]
    public async Task Claim_send_back_resubmit_recommend_and_approve_by_the_head()
    {
        var (id, applicant) = await SubmittedAsync();
        var reviewer = await StaffAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var head = await StaffAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);

        Assert.True((await reviewer.Review.ClaimAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.SendBackAsync(id, [(ApplicationSection.Members, "Members[0].Mobile", "شماره همراه عضو ۱ را بررسی کنید.")], default)).Succeeded);
        Assert.True((await applicant.Edit.SetDeclarationAsync(id, true, default)).Succeeded);
        Assert.True((await applicant.Submit.HandleAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.ClaimAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.RecommendAsync(id, "کامل است.", default)).Succeeded);
        Assert.True((await head.Review.ApproveAsync(id, default)).Succeeded);

        var app = (await applicant.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.Approved, app.Status);
        Assert.Equal(
            [WorkflowAction.Submit, WorkflowAction.Claim, WorkflowAction.SendBack, WorkflowAction.Resubmit, WorkflowAction.Claim, WorkflowAction.Recommend, WorkflowAction.Approve],
            app.Events.Select(e => e.Action));
    }

    [Fact]
    public async Task A_reviewer_trying_the_heads_approval_is_refused_and_nothing_changes()
    {
        var (id, applicant) = await SubmittedAsync();
        var reviewer = await StaffAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        await reviewer.Review.ClaimAsync(id, default);
        await reviewer.Review.RecommendAsync(id, null, default);

        var approve = await reviewer.Review.ApproveAsync(id, default);
        var returned = await reviewer.Review.ReturnToReviewerAsync(id, "x", default);

        Assert.Equal((ErrorKind.Forbidden, ReviewDecisionHandler.HeadOnly), (approve.Kind, approve.Message));
        Assert.Equal(ErrorKind.Forbidden, returned.Kind);
        Assert.Equal(ApplicationStatus.RecommendedForApproval, (await applicant.Get.HandleAsync(id, default)).Value!.Application.Status);
    }

    [Fact]
    public async Task Staff_of_another_province_and_applicants_get_not_found_for_every_decision()
    {
        var (id, applicant) = await SubmittedAsync();
        var tehranReviewer = await StaffAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);
        var tehranHead = await StaffAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran);
        var someone = fixture.As(await fixture.NewUserAsync());

        foreach (var h in new[] { tehranReviewer, tehranHead, someone, applicant })
        {
            Assert.Equal(ErrorKind.NotFound, (await h.Review.ClaimAsync(id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await h.Review.ApproveAsync(id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await h.Review.RejectAsync(id, RejectionReason.All[0].Code, "x", default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await h.Review.AssignAsync(id, "anyone", default)).Kind);
        }

        Assert.Equal(ApplicationStatus.Submitted, (await applicant.Get.HandleAsync(id, default)).Value!.Application.Status);
    }

    [Fact]
    public async Task Two_reviewers_claiming_at_once_give_exactly_one_claim()
    {
        var (id, applicant) = await SubmittedAsync();
        var first = await StaffAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var second = await StaffAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);

        var results = await Task.WhenAll(first.Review.ClaimAsync(id, default), second.Review.ClaimAsync(id, default));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(ErrorKind.Conflict, loser.Kind);
        Assert.False(string.IsNullOrWhiteSpace(loser.Message));
        var app = (await applicant.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Single(app.Events, e => e.Action == WorkflowAction.Claim);
    }

    [Fact]
    public async Task Rejection_needs_a_listed_reason_and_is_shown_to_the_applicant()
    {
        var (id, applicant) = await SubmittedAsync();
        var reviewer = await StaffAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        await reviewer.Review.ClaimAsync(id, default);

        Assert.Equal(ErrorKind.Validation, (await reviewer.Review.RejectAsync(id, "no-such-reason", "توضیح", default)).Kind);
        Assert.True((await reviewer.Review.RejectAsync(id, "members-ineligible", "دو عضو کارمند دولت‌اند.", default)).Succeeded);

        var app = (await applicant.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.Rejected, app.Status);
        Assert.Contains("دو عضو کارمند دولت‌اند.", app.Events[^1].Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_head_assigns_only_to_a_reviewer_of_the_same_province()
    {
        var (id, applicant) = await SubmittedAsync();
        var head = await StaffAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var zanjanReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var tehranReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);

        Assert.Equal(ReviewDecisionHandler.NotAReviewerOfProvince, (await head.Review.AssignAsync(id, tehranReviewer.UserId!, default)).Message);
        Assert.True((await head.Review.AssignAsync(id, zanjanReviewer.UserId!, default)).Succeeded);
        Assert.Equal(ErrorKind.Forbidden, (await fixture.As(zanjanReviewer).Review.AssignAsync(id, zanjanReviewer.UserId!, default)).Kind);

        var app = (await applicant.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal((ApplicationStatus.UnderReview, zanjanReviewer.UserId), (app.Status, app.ClaimedByUserId));
    }

    [Fact]
    public async Task The_applicant_is_notified_of_each_decision_and_the_reviewer_of_the_resubmission()
    {
        var (id, applicant) = await SubmittedAsync();
        var reviewerUser = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var reviewer = fixture.As(reviewerUser);
        var notifications = new Application.Notifications.MyNotificationsHandler(fixture.Db, new Fixed(applicant.User), TimeProvider.System);
        var reviewerNotifications = new Application.Notifications.MyNotificationsHandler(fixture.Db, new Fixed(reviewerUser), TimeProvider.System);

        await reviewer.Review.ClaimAsync(id, default);
        await reviewer.Review.SendBackAsync(id, [(ApplicationSection.Names, null, "نام را عوض کنید.")], default);
        var afterSendBack = await notifications.ListAsync(10, default);
        Assert.Equal(2, afterSendBack.UnreadCount);
        Assert.Equal("درخواست برای اصلاح بازگشت", afterSendBack.Items[0].Title);
        Assert.Equal($"applications/{id}", afterSendBack.Items[0].Link);

        await applicant.Edit.SetDeclarationAsync(id, true, default);
        await applicant.Submit.HandleAsync(id, default);
        var forReviewer = await reviewerNotifications.ListAsync(10, default);
        Assert.Equal("درخواست اصلاح‌شده رسید", Assert.Single(forReviewer.Items).Title);

        await notifications.MarkReadAsync(afterSendBack.Items[0].Id, default);
        Assert.Equal(1, (await notifications.ListAsync(10, default)).UnreadCount);
        Assert.Equal(1, await notifications.UnreadCountAsync(default));
        await notifications.MarkReadAsync(null, default);
        Assert.Equal(0, (await notifications.ListAsync(10, default)).UnreadCount);
        Assert.Equal(0, await notifications.UnreadCountAsync(default));
        Assert.Equal(1, (await reviewerNotifications.ListAsync(10, default)).UnreadCount);
        Assert.Equal(1, await reviewerNotifications.UnreadCountAsync(default));
    }

    [Fact]
    public async Task Only_the_head_of_the_province_gets_the_list_of_its_reviewers_to_assign_to()
    {
        var (id, _) = await SubmittedAsync();
        var zanjanReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var tehranReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);
        var head = await StaffAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);

        var list = await head.Review.AssignableReviewersAsync(id, default);

        Assert.Contains(list, r => r.UserId == zanjanReviewer.UserId);
        Assert.DoesNotContain(list, r => r.UserId == tehranReviewer.UserId);
        Assert.Empty(await fixture.As(zanjanReviewer).Review.AssignableReviewersAsync(id, default));
        Assert.Empty(await (await StaffAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran)).Review.AssignableReviewersAsync(id, default));
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_updated_or_deleted_even_by_SQL()
    {
        var (id, _) = await SubmittedAsync();
        await using var db = await fixture.Factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Persistence.AppDbContext>>().CreateDbContextAsync();

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "UPDATE application_events SET \"Comment\" = 'x' WHERE \"ApplicationId\" = {0}", id));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DELETE FROM application_events WHERE \"ApplicationId\" = {0}", id));
        Assert.Single((await fixture.As((await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan))).Get.HandleAsync(id, default)).Value!.Application.Events);
    }

    private sealed class Fixed(Application.Common.Security.ICurrentUser user) : Application.Common.Security.ICurrentUserService
    {
        public Task<Application.Common.Security.ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
