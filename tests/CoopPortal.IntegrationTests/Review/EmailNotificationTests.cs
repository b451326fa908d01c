using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Notifications;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>Email copies of notifications through MailKit to a local SMTP sink; a dead server never fails a decision.</summary>
public sealed class EmailNotificationTests
{
    private sealed class Fixed(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    private static async Task<(Guid Id, string ApplicantEmail)> ClaimedAsync(PortalFactory factory)
    {
        var services = factory.Services;
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var applicant = (await users.FindByNameAsync(DemoAccounts.All[0].NationalCode))!;
        var reviewer = (await users.FindByNameAsync(DemoAccounts.All.Single(a => a.Role == Roles.Reviewer).NationalCode))!;
        var app = (await CompleteApplications.SubmitAsync(services, applicant.Id, applicant.NationalCode, DemoAccounts.ZanjanProvinceId, [DateTime.UtcNow],
            a => a.Claim(reviewer.Id, DateTime.UtcNow))).Single();
        return (app.Id, applicant.Email!);
    }

    private static ReviewDecisionHandler ReviewerHandler(PortalFactory factory, string reviewerId)
    {
        var services = factory.Services;
        var user = new CurrentUserSnapshot(reviewerId, new HashSet<string> { Roles.Reviewer }, DemoAccounts.ZanjanProvinceId);
        return new ReviewDecisionHandler(services.GetRequiredService<Application.Common.Interfaces.IAppDbContextFactory>(), new Fixed(user),
            services.GetRequiredService<IStaffDirectory>(), new CoopPortal.Application.Common.Time.PortalClock(TimeProvider.System),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Application.Review.Escalation.ReviewOptions>>());
    }

    private static async Task<string> ReviewerIdAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByNameAsync(DemoAccounts.All.Single(a => a.Role == Roles.Reviewer).NationalCode))!.Id;
    }

    [Fact]
    public async Task A_decision_is_emailed_to_the_applicant_through_the_configured_SMTP_server()
    {
        await using var sink = new SmtpSink();
        using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None", ["Smtp:DispatchIntervalSeconds"] = "3600",
        });
        var (id, email) = await ClaimedAsync(factory);

        var decided = await ReviewerHandler(factory, await ReviewerIdAsync(factory)).SendBackAsync(id, [(ApplicationSection.Names, null, "نام را عوض کنید.")], default);
        var sent = await factory.Services.GetRequiredService<EmailDispatcher>().DispatchPendingAsync(default);

        // Two notifications wait: the claim's (made while seeding, through the same domain event) and the send-back's.
        Assert.True(decided.Succeeded);
        Assert.Equal(2, sent);
        Assert.Equal(2, sink.Messages.Count);
        Assert.All(sink.Messages, mail => Assert.Equal([email], mail.To));
        Assert.All(sink.Messages, mail => Assert.Contains("Subject:", mail.Data, StringComparison.Ordinal));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.NotNull((await db.Notifications.SingleAsync(n => n.Title == "درخواست برای اصلاح بازگشت")).EmailSentAtUtc);
        Assert.All(await db.Notifications.ToListAsync(), n => Assert.NotNull(n.EmailSentAtUtc));
        Assert.Equal(0, await factory.Services.GetRequiredService<EmailDispatcher>().DispatchPendingAsync(default));
    }

    [Fact]
    public async Task A_dead_SMTP_server_does_not_fail_the_decision_and_the_email_is_retried_later()
    {
        int deadPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            deadPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = deadPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None", ["Smtp:DispatchIntervalSeconds"] = "3600",
        });
        var (id, _) = await ClaimedAsync(factory);

        var decided = await ReviewerHandler(factory, await ReviewerIdAsync(factory)).RecommendAsync(id, null, default);
        var sent = await factory.Services.GetRequiredService<EmailDispatcher>().DispatchPendingAsync(default);

        Assert.True(decided.Succeeded);
        Assert.Equal(0, sent);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var notification = await db.Notifications.SingleAsync(n => n.Title == "درخواست در انتظار تأیید مدیر");
        Assert.Null(notification.EmailSentAtUtc);
        Assert.Equal(1, notification.EmailAttempts);
        Assert.True(notification.EmailNextAttemptAtUtc > DateTime.UtcNow);
        Assert.Equal(ApplicationStatus.RecommendedForApproval, (await db.FormationApplications.SingleAsync(a => a.Id == id)).Status);
    }

    [Fact]
    public async Task Two_dispatchers_racing_over_40_pending_emails_send_each_exactly_once()
    {
        await using var sink = new SmtpSink();
        using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None", ["Smtp:DispatchIntervalSeconds"] = "3600",
        });
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var applicant = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.All[0].NationalCode);
            for (var i = 0; i < 40; i++)
            {
                db.Notifications.Add(new Domain.Notifications.Notification(applicant.Id, $"race-{i:00}", "متن اعلان", null, DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        // Two portal instances: each its own dispatcher on the one database, started at the same moment.
        EmailDispatcher Instance() => new(dbFactory, factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOptions>>(),
            TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<EmailDispatcher>.Instance);
        var (first, second) = (Instance(), Instance());
        using var start = new ManualResetEventSlim();
        var runs = new[] { first, second }.Select(d => Task.Run(() => { start.Wait(); return d.DispatchPendingAsync(default); })).ToList();
        start.Set();
        var sent = await Task.WhenAll(runs);

        var subjects = sink.Messages
            .Select(m => m.Data.Split('\n').Single(l => l.StartsWith("Subject:", StringComparison.Ordinal))["Subject:".Length..].Trim())
            .ToList();
        Assert.Equal(40, sent.Sum());
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"race-{i:00}"), subjects.Order(StringComparer.Ordinal));
        Assert.Equal(0, await first.DispatchPendingAsync(default) + await second.DispatchPendingAsync(default));
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            Assert.All(await db.Notifications.Where(n => n.Title.StartsWith("race-")).ToListAsync(), n =>
            {
                Assert.NotNull(n.EmailSentAtUtc);
                Assert.Equal(1, n.EmailAttempts);
                Assert.Null(n.EmailNextAttemptAtUtc);
            });
        }
    }
}
