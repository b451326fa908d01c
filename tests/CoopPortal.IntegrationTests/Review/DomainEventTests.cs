using CoopPortal.Application.Common.Events;
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
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>
/// A step's side effects are its domain event's handlers, run in the step's own save: what they add commits with the
/// step, and a handler that refuses leaves neither the step nor anything else behind.
/// </summary>
public sealed class DomainEventTests
{
    private const string Refused = "آزمون: واکنش به این گام پذیرفته نشد.";

    [Fact]
    public async Task A_step_and_what_its_handlers_add_commit_together_or_not_at_all()
    {
        using var portal = new PortalFactory();
        using var factory = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IDomainEventHandler<ApplicationStepTaken>, RefuseRecommendations>()));
        var services = factory.Services;
        var (id, reviewerId) = await ClaimedAsync(services);
        var decide = Handler(services, reviewerId);

        var recommended = await decide.RecommendAsync(id, null, default);

        Assert.Equal(ErrorKind.Conflict, recommended.Kind);
        Assert.Equal(Refused, recommended.Message);
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var application = await db.FormationApplications.Include(a => a.Events).SingleAsync(a => a.Id == id);
            Assert.Equal(ApplicationStatus.UnderReview, application.Status);
            Assert.DoesNotContain(application.Events, e => e.Action == WorkflowAction.Recommend);
            Assert.False(await db.Notifications.AnyAsync(n => n.Title == "درخواست در انتظار تأیید مدیر"));
        }

        // Another step of the same application goes through, with the notification its event adds.
        var sentBack = await decide.SendBackAsync(id, [(ApplicationSection.Names, null, "نام دوم را عوض کنید.")], default);

        Assert.True(sentBack.Succeeded, sentBack.Message);
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(ApplicationStatus.ReturnedForCorrection, (await db.FormationApplications.SingleAsync(a => a.Id == id)).Status);
            Assert.True(await db.Notifications.AnyAsync(n => n.Title == "درخواست برای اصلاح بازگشت"));
        }
    }

    private static async Task<(Guid Id, string ReviewerId)> ClaimedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var applicant = (await users.FindByNameAsync(DemoAccounts.All[0].NationalCode))!;
        var reviewer = (await users.FindByNameAsync(DemoAccounts.All.Single(a => a.Role == Roles.Reviewer).NationalCode))!;
        var app = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, DemoAccounts.ZanjanProvinceId, [DateTime.UtcNow],
            a => a.Claim(reviewer.Id, DateTime.UtcNow))).Single();
        return (app.Id, reviewer.Id);
    }

    private static ReviewDecisionHandler Handler(IServiceProvider services, string reviewerId) => new(
        services.GetRequiredService<IAppDbContextFactory>(),
        new Fixed(new CurrentUserSnapshot(reviewerId, new HashSet<string> { Roles.Reviewer }, DemoAccounts.ZanjanProvinceId)),
        services.GetRequiredService<IStaffDirectory>(), new Application.Common.Time.PortalClock(TimeProvider.System),
        services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Application.Review.Escalation.ReviewOptions>>());

    private sealed class Fixed(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    /// <summary>A handler that refuses every recommendation, as a failing side effect would.</summary>
    private sealed class RefuseRecommendations : IDomainEventHandler<ApplicationStepTaken>
    {
        public Task HandleAsync(ApplicationStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken) =>
            domainEvent.Action == WorkflowAction.Recommend ? throw new DomainException(Refused) : Task.CompletedTask;
    }
}
