using System.Text.RegularExpressions;
using CoopPortal.Domain.Notifications;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

[CollectionDefinition(Name)]
[CspViolations]
public sealed class TopologyCollection : ICollectionFixture<TopologyCluster>
{
    public const string Name = "topology";
}

/// <summary>
/// Issue 16, points 1, 4 and 7: the scripted production topology (deploy/local-cluster.sh) in Chromium. A log-in on
/// instance A is valid on instance B; a certificate approved on A verifies through B; the notification e-mails of that
/// approval are each sent once although both instances dispatch; after A is killed (kill -9) the open page of a browser
/// pinned to A reloads itself and is served by B, still signed in; after the replica is killed the statistics page still answers.
/// </summary>
[Collection(TopologyCollection.Name)]
public sealed partial class TopologyTests(TopologyCluster cluster)
{
    private static readonly DemoAccount Head = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice");
    private static readonly DemoAccount Reviewer = DemoAccounts.All.Single(a => a.Role == "Reviewer");
    private static readonly DemoAccount Applicant = DemoAccounts.All.Single(a => a.Role == "Applicant");

    [Fact]
    public async Task Two_instances_behind_nginx_share_sessions_certificates_and_background_work_and_survive_losing_one()
    {
        // Logged in on A, the same cookie is valid on B (Data Protection keys in PostgreSQL, one key encryption key).
        var head = await cluster.NewPageAsync(cluster.Instance(1));
        await head.LoginAsync(Head.NationalCode, DemoAccounts.Password);
        await Expect(head).ToHaveURLAsync(Dashboard());
        var onB = await head.GotoAsync(new Uri(cluster.Instance(2), "statistics").ToString());
        Assert.Equal(200, onB!.Status);
        await Expect(head).ToHaveURLAsync(new Uri(cluster.Instance(2), "statistics").ToString());
        await Expect(head.Locator("#account-menu")).ToContainTextAsync(Head.FullName);
        await Expect(head.Locator("h1")).ToContainTextAsync("زنجان");

        // An application recommended by the reviewer, approved by the head on A.
        Guid applicationId;
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            var applicantId = await db.Users.Where(u => u.NationalCode == Applicant.NationalCode).Select(u => u.Id).SingleAsync();
            var reviewerId = await db.Users.Where(u => u.NationalCode == Reviewer.NationalCode).Select(u => u.Id).SingleAsync();
            applicationId = (await CompleteApplications.SubmitAsync(cluster.Services, applicantId, Applicant.NationalCode, Head.ProvinceId!.Value, [DateTime.UtcNow], a =>
            {
                a.Claim(reviewerId, DateTime.UtcNow);
                a.Recommend(reviewerId, "کامل است.", DateTime.UtcNow);
            })).Single().Id;
        }

        var approvedFrom = DateTime.UtcNow.AddSeconds(-1);
        await head.GotoAsync(new Uri(cluster.Instance(1), $"review/{applicationId}").ToString());
        await head.WaitForInteractiveAsync();
        await head.Locator("#approve").ClickAsync();
        await head.Locator("#confirm-decision").ClickAsync();
        await head.ExpectStatusAsync("#review-status", "تأیید شده");
        await Expect(head.Locator("#certificate-state")).ToHaveTextAsync("معتبر");
        var number = await head.Locator("#certificate-number").InnerTextAsync();
        await head.CheckpointAsync("90-topology-approved-on-a");

        // Its public verification page, through B.
        string verificationCode;
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            verificationCode = await db.FormationCertificates.Where(c => c.ApplicationId == applicationId).Select(c => c.VerificationCode).SingleAsync();
        }

        var visitor = await cluster.NewPageAsync(cluster.Instance(2));
        var verified = await visitor.GotoAsync($"verify/{verificationCode}");
        Assert.Equal(200, verified!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
        await Expect(visitor.Locator("#certificate-number")).ToHaveTextAsync(number);
        await visitor.CheckpointAsync("91-topology-verified-on-b");

        // Background work ran once: every notification of the approval was e-mailed exactly once, although both instances
        // dispatch every second. A later notification (written straight to the database) marks a point after which any
        // double send of the earlier ones would have arrived.
        var notifications = await WaitForAsync(async () =>
        {
            await using var db = await Contexts().CreateDbContextAsync();
            var rows = await db.Notifications.Where(n => n.CreatedAtUtc >= approvedFrom)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Title, n.EmailSentAtUtc, u.Email })
                .ToListAsync();
            return rows.Count > 0 && rows.All(r => r.EmailSentAtUtc != null) ? rows : null;
        }, "the approval's notifications to be e-mailed");
        const string marker = "پیام آزمون ترتیب ارسال";
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            var applicantId = await db.Users.Where(u => u.NationalCode == Applicant.NationalCode).Select(u => u.Id).SingleAsync();
            db.Notifications.Add(new Notification(applicantId, marker, "پس از همه پیام‌های تأیید نوشته شد.", null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        await WaitForAsync(() => Task.FromResult(cluster.Mail.Messages.Any(m => Subject(m) == marker) ? (object)true : null), "the later e-mail");
        var mail = cluster.Mail.Messages.Select(m => (Subject: Subject(m), m.To)).ToList();
        foreach (var row in notifications)
        {
            Assert.Single(mail, m => m.Subject == row.Title && m.To.Contains(row.Email!, StringComparer.OrdinalIgnoreCase));
        }

        Assert.Single(mail, m => m.Subject == marker);
        Assert.Equal(notifications.Count + 1, mail.Count);

        // A browser pinned to A through nginx, its page open; A dies. The page's circuit is lost: it reconnects through
        // nginx, lands on B, which does not know the circuit, and reloads itself (ReconnectModal.razor.js, "rejected").
        // That reload is its next request: served by B, still signed in. The test waits for that document rather than
        // navigating itself (a navigation of its own raced the page's reload and was aborted in a CI run).
        await head.Context.AddCookiesAsync([new Cookie { Name = "coopportal_node", Value = "n1", Domain = "127.0.0.1", Path = "/" }]);
        var reviewUrl = new Uri(cluster.Proxy, $"review/{applicationId}").ToString();
        await head.GotoAsync(reviewUrl);
        await head.WaitForInteractiveAsync();
        Assert.Equal("n1", await NodeCookieAsync(head));
        var afterKill = await head.RunAndWaitForResponseAsync(
            () => TopologyCluster.KillAsync(cluster.Pid("instance-1")),
            r => r.Request.IsNavigationRequest && r.Url == reviewUrl,
            new PageRunAndWaitForResponseOptions { Timeout = 60_000 });
        Assert.Equal(200, afterKill.Status);
        await head.WaitForInteractiveAsync();
        await head.ExpectStatusAsync("#review-status", "تأیید شده");
        await Expect(head.Locator("#certificate-number")).ToHaveTextAsync(number);
        Assert.Equal("n2", await NodeCookieAsync(head));
        await head.CheckpointAsync("92-topology-served-by-b-after-a-died");

        // The replica dies: the statistics page (reads meant for the replica) still answers, from the primary.
        await cluster.KillReplicaAsync();
        var statistics = await head.GotoAsync(new Uri(cluster.Proxy, "statistics").ToString());
        Assert.Equal(200, statistics!.Status);
        await head.WaitForInteractiveAsync();
        await Expect(head.Locator("h1")).ToContainTextAsync("زنجان");
        await Expect(head.Locator("#stats-applications-by-status")).ToBeVisibleAsync();
        await Expect(head.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await head.CheckpointAsync("93-topology-statistics-without-replica");
        if (PortalHasReadOnlyConnection())
        {
            var ready = await head.APIRequest.GetAsync(new Uri(cluster.Proxy, "health/ready").ToString());
            Assert.Equal(200, ready.Status);
        }
    }

    private IDbContextFactory<AppDbContext> Contexts() => cluster.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    private static async Task<string?> NodeCookieAsync(IPage page) =>
        (await page.Context.CookiesAsync()).SingleOrDefault(c => c.Name == "coopportal_node")?.Value;

    /// <summary>The Subject of a received e-mail, decoded.</summary>
    private static string Subject(ReceivedMail mail)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data));
        return MimeKit.MimeMessage.Load(stream).Subject ?? string.Empty;
    }

    /// <summary>Whether this version of the portal has the read-only (replica) connection (issue 16, point 3).</summary>
    private static bool PortalHasReadOnlyConnection() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md")).Contains("ConnectionStrings:ReadOnly", StringComparison.Ordinal);

    /// <summary>Asks again (every 200 ms, at most 60 s) until the answer is not null.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await probe() is { } answer)
            {
                return answer;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited 60 s for {what}.");
            }

            await Task.Delay(200);
        }
    }

    [GeneratedRegex("/dashboard$")]
    private static partial Regex Dashboard();
}
