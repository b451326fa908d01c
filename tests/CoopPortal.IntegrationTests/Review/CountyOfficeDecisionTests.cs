using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>
/// Issue 20, point 1, through the real use case and database: a county office's reviewer reviews the applications of
/// their county and never a neighbouring county's; the head steps go up to the provincial head by default
/// (Offices:CountyHeadDecides 0) and are the county head's when the rule is 1, read from the account as every request does.
/// </summary>
public sealed class CountyOfficeDecisionTests
{
    private const int Zanjan = DemoAccounts.ZanjanProvinceId;

    [Fact]
    public async Task A_county_reviewer_reviews_their_county_the_neighbour_cannot_and_the_provincial_head_approves()
    {
        using var factory = new PortalFactory();
        var services = factory.Services;
        var (applicant, reviewer, head) = await AccountsAsync(services);
        var (own, neighbour) = await TwoCountiesAsync(services);
        var id = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, Zanjan, [DateTime.UtcNow], countyId: own)).Single().Id;
        var countyReviewer = Staff(reviewer, Roles.Reviewer, own);
        var neighbourReviewer = Staff(reviewer, Roles.Reviewer, neighbour);
        var countyHead = Staff(head, Roles.HeadOfOffice, own);

        Assert.Equal(ErrorKind.NotFound, (await Handler(services, neighbourReviewer).ClaimAsync(id, default)).Kind);
        Assert.True((await Handler(services, countyReviewer).ClaimAsync(id, default)).Succeeded);
        Assert.True((await Handler(services, countyReviewer).RecommendAsync(id, "کامل است.", default)).Succeeded);
        Assert.DoesNotContain(Decision.Approve, await OfferedAsync(services, id, countyHead));
        var byCountyHead = await Handler(services, countyHead).ApproveAsync(id, default);
        var byNeighbourHead = await Handler(services, Staff(head, Roles.HeadOfOffice, neighbour)).ApproveAsync(id, default);
        var byProvincialHead = await Handler(services, Staff(head, Roles.HeadOfOffice, null)).ApproveAsync(id, default);

        Assert.Equal((ErrorKind.Forbidden, WorkflowAuthorization.ProvinceHeadDecides), (byCountyHead.Kind, byCountyHead.Message));
        Assert.Equal(ErrorKind.NotFound, byNeighbourHead.Kind);
        Assert.True(byProvincialHead.Succeeded, byProvincialHead.Message);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(ApplicationStatus.Approved, (await db.FormationApplications.SingleAsync(a => a.Id == id)).Status);
    }

    [Fact]
    public async Task With_the_rule_at_one_the_county_head_read_from_the_account_approves_and_the_assignment_list_is_the_countys()
    {
        using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Offices:CountyHeadDecides"] = "1" });
        var services = factory.Services;
        var (applicant, reviewer, head) = await AccountsAsync(services);
        var (own, neighbour) = await TwoCountiesAsync(services);
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            // The demo head becomes the head of the county office; a second reviewer works in the neighbouring county.
            await db.Users.Where(u => u.Id == head.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.CountyId, own));
            await db.Users.Where(u => u.Id == reviewer.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.CountyId, neighbour));
        }

        var id = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, Zanjan, [DateTime.UtcNow], countyId: own)).Single().Id;
        var snapshot = await services.GetRequiredService<CurrentUserReader>().ReadAsync(head.Id, default);
        Assert.Equal(own, snapshot.CountyId);
        Assert.True(snapshot.TakesHeadSteps);

        // The neighbouring county's reviewer is not in the county head's list, nor may be assigned the case.
        Assert.Empty(await Handler(services, snapshot).AssignableReviewersAsync(id, default));
        Assert.Equal(ErrorKind.Conflict, (await Handler(services, snapshot).AssignAsync(id, reviewer.Id, default)).Kind);
        var countyReviewer = Staff(reviewer, Roles.Reviewer, own);
        Assert.True((await Handler(services, countyReviewer).ClaimAsync(id, default)).Succeeded);
        Assert.True((await Handler(services, countyReviewer).RecommendAsync(id, null, default)).Succeeded);
        Assert.Contains(Decision.Approve, await OfferedAsync(services, id, snapshot));
        var approved = await Handler(services, snapshot).ApproveAsync(id, default);

        Assert.True(approved.Succeeded, approved.Message);
    }

    /// <summary>The decisions the review page offers the person (the same table the use case checks).</summary>
    private static async Task<IReadOnlySet<Decision>> OfferedAsync(IServiceProvider services, Guid id, ICurrentUser user)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return AvailableDecisions.For(await db.FormationApplications.Include(a => a.Events).SingleAsync(a => a.Id == id), user);
    }

    private static CurrentUserSnapshot Staff(ApplicationUser account, string role, int? county) =>
        new(account.Id, new HashSet<string> { role }, Zanjan) { CountyId = county, NationalCode = account.NationalCode };

    private static async Task<(int Own, int Neighbour)> TwoCountiesAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var counties = await db.Counties.Where(c => c.ProvinceId == Zanjan).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
        return (counties[0], counties[1]);
    }

    private static async Task<(ApplicationUser Applicant, ApplicationUser Reviewer, ApplicationUser Head)> AccountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        async Task<ApplicationUser> Demo(string role) => (await users.FindByNameAsync(DemoAccounts.All.First(a => a.Role == role).NationalCode))!;
        return (await Demo(Roles.Applicant), await Demo(Roles.Reviewer), await Demo(Roles.HeadOfOffice));
    }

    private static ReviewDecisionHandler Handler(IServiceProvider services, ICurrentUser user) => new(
        services.GetRequiredService<IAppDbContextFactory>(), new Fixed(user), services.GetRequiredService<IStaffDirectory>(),
        new Application.Common.Time.PortalClock(TimeProvider.System),
        services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Application.Review.Escalation.ReviewOptions>>());

    private sealed class Fixed(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
