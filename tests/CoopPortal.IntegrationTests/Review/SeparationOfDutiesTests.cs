using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>
/// Through the real use case and database: nobody decides an application they filed, whatever roles they hold, and
/// whoever recommended one does not also approve it; another head of office does, and the certificate follows.
/// </summary>
public sealed class SeparationOfDutiesTests
{
    [Fact]
    public async Task An_applicant_holding_every_office_role_cannot_claim_or_assign_their_own_application()
    {
        using var factory = new PortalFactory();
        var services = factory.Services;
        var (applicant, _, _) = await AccountsAsync(services);
        var id = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, DemoAccounts.ZanjanProvinceId, [DateTime.UtcNow])).Single().Id;
        var everything = new CurrentUserSnapshot(applicant.Id, new HashSet<string> { Roles.Applicant, Roles.Reviewer, Roles.HeadOfOffice }, DemoAccounts.ZanjanProvinceId)
        {
            NationalCode = applicant.NationalCode,
        };

        var claimed = await Handler(services, everything).ClaimAsync(id, default);
        var assigned = await Handler(services, everything).AssignAsync(id, applicant.Id, default);

        Assert.Equal(ErrorKind.Forbidden, claimed.Kind);
        Assert.Equal(SeparationOfDuties.OwnCase, claimed.Message);
        Assert.Equal(ErrorKind.Forbidden, assigned.Kind);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(ApplicationStatus.Submitted, (await db.FormationApplications.SingleAsync(a => a.Id == id)).Status);
    }

    [Fact]
    public async Task Whoever_recommended_cannot_approve_and_another_head_can()
    {
        using var factory = new PortalFactory();
        var services = factory.Services;
        var (applicant, reviewer, head) = await AccountsAsync(services);
        var id = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, DemoAccounts.ZanjanProvinceId, [DateTime.UtcNow])).Single().Id;
        // One person who is both reviewer and head of office takes the first level.
        var both = new CurrentUserSnapshot(reviewer.Id, new HashSet<string> { Roles.Reviewer, Roles.HeadOfOffice }, DemoAccounts.ZanjanProvinceId)
        {
            NationalCode = reviewer.NationalCode,
        };
        Assert.True((await Handler(services, both).ClaimAsync(id, default)).Succeeded);
        Assert.True((await Handler(services, both).RecommendAsync(id, null, default)).Succeeded);

        var own = await Handler(services, both).ApproveAsync(id, default);
        var other = await Handler(services, new CurrentUserSnapshot(head.Id, new HashSet<string> { Roles.HeadOfOffice }, DemoAccounts.ZanjanProvinceId)
        {
            NationalCode = head.NationalCode,
        }).ApproveAsync(id, default);

        Assert.Equal(ErrorKind.Forbidden, own.Kind);
        Assert.Equal(SeparationOfDuties.EarlierStep, own.Message);
        Assert.True(other.Succeeded, other.Message);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(ApplicationStatus.Approved, (await db.FormationApplications.SingleAsync(a => a.Id == id)).Status);
        Assert.True(await db.FormationCertificates.AnyAsync(c => c.ApplicationId == id));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == applicant.Id && n.Title == "درخواست تأیید شد"));
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
