using System.Net;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Review.Queue;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Replica;

/// <summary>
/// Reads on a real streaming replica (ADR 17): the statistics and the office lists come from the hot standby (its
/// connection is in recovery, and with its replay paused it shows the data as it was), the dashboard says how current
/// they are, and when the replica stops everything is read from the primary at once and the dashboard says so, until
/// the replica answers again after the back-off.
/// </summary>
public sealed class ReplicaReadTests(ReplicaFixture fixture) : IClassFixture<ReplicaFixture>, IAsyncLifetime
{
    private const int Province = 14;

    public async Task InitializeAsync()
    {
        // Each test starts with the replica running, caught up and in use (a failed test may have left it otherwise).
        fixture.Replica.Resume();
        await fixture.Replica.ResumeReplayAsync();
        await fixture.Replica.CatchUpAsync();
        fixture.Factory.Clock.Offset = TimeSpan.FromMinutes(20);
        try
        {
            await fixture.Reads.ReadAsync(db => db.Provinces.CountAsync(), default);
        }
        finally
        {
            fixture.Factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    public async Task DisposeAsync()
    {
        fixture.Factory.Clock.Offset = TimeSpan.Zero;
        fixture.Replica.Resume();
        await fixture.Replica.ResumeReplayAsync();
    }

    private async Task<DashboardReport> DashboardAsync(CurrentUserSnapshot head)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var result = await ReplicaFixture.As<DashboardQuery>(scope, head).HandleAsync(null, null, default);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    private Task<bool> InRecoveryAsync() =>
        fixture.Reads.ReadAsync(db => db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync(), default);

    [Fact]
    public async Task The_dashboard_reads_the_replica_which_shows_a_write_once_it_is_replayed_and_says_how_current_it_is()
    {
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        await fixture.Replica.CatchUpAsync();
        Assert.True(await InRecoveryAsync());
        var before = await DashboardAsync(head);
        Assert.Equal(ReadSource.Replica, before.AsOf.Source);

        await fixture.Replica.PauseReplayAsync();
        var writtenAfter = await fixture.PrimaryNowAsync();
        await fixture.ImportCooperativeAsync(Province);
        await fixture.Replica.ReceiveAllAsync();

        // Received but not replayed: the replica still shows the registry without it, as of its last replayed commit.
        var behind = await DashboardAsync(head);
        Assert.Equal(ReadSource.Replica, behind.AsOf.Source);
        Assert.Equal(before.Members.Cooperatives, behind.Members.Cooperatives);
        Assert.NotNull(behind.AsOf.AtUtc);
        Assert.True(behind.AsOf.AtUtc < writtenAfter, $"{behind.AsOf.AtUtc:O} should be before {writtenAfter:O} ({await fixture.Replica.StatusAsync()})");

        await fixture.Replica.ResumeReplayAsync();
        await fixture.Replica.CatchUpAsync();
        var replayed = await DashboardAsync(head);
        Assert.Equal(ReadSource.Replica, replayed.AsOf.Source);
        Assert.Equal(before.Members.Cooperatives + 1, replayed.Members.Cooperatives);
        Assert.True(replayed.AsOf.AtUtc > writtenAfter, $"{replayed.AsOf.AtUtc:O} should be after {writtenAfter:O}");
    }

    [Fact]
    public async Task The_review_queue_reads_the_replica()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, Province);
        var applicant = await fixture.NewUserAsync(Roles.Applicant, null);
        await fixture.Replica.PauseReplayAsync();
        var submitted = (await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, Province, [DateTime.UtcNow.AddDays(-1)]))[0];
        await fixture.Replica.ReceiveAllAsync();
        using var scope = fixture.Factory.Services.CreateScope();
        var queue = ReplicaFixture.As<ReviewQueueQuery>(scope, reviewer);
        var search = new QueueFilter(Search: submitted.TrackingCode);

        Assert.Empty((await queue.HandleAsync(search, default)).Items);

        await fixture.Replica.ResumeReplayAsync();
        await fixture.Replica.CatchUpAsync();
        Assert.Equal(submitted.Id, Assert.Single((await queue.HandleAsync(search, default)).Items).Id);
    }

    [Fact]
    public async Task With_the_replica_stopped_the_dashboard_answers_from_the_primary_and_says_so_and_the_replica_is_used_again_after_the_back_off()
    {
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        await fixture.Replica.CatchUpAsync();
        var before = await DashboardAsync(head);
        Assert.Equal(ReadSource.Replica, before.AsOf.Source);

        fixture.Replica.Stop();
        await fixture.ImportCooperativeAsync(Province);
        var fromPrimary = await DashboardAsync(head);
        Assert.Equal(ReadSource.PrimaryInsteadOfReplica, fromPrimary.AsOf.Source);
        Assert.Equal(before.Members.Cooperatives + 1, fromPrimary.Members.Cooperatives); // the primary has it at once
        Assert.False(await InRecoveryAsync());

        var client = await SignedInAsync(head);
        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync(new Uri("/statistics", UriKind.Relative)));
        Assert.Contains(FiguresAsOf.FromPrimary, page, StringComparison.Ordinal);
        Assert.Contains("id=\"stats-as-of\"", page, StringComparison.Ordinal);
        using (var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // degraded, not unhealthy: the primary serves the reads
            Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        }

        // Back, but not tried again before the back-off has passed.
        fixture.Replica.Resume();
        await fixture.Replica.CatchUpAsync();
        Assert.Equal(ReadSource.PrimaryInsteadOfReplica, (await DashboardAsync(head)).AsOf.Source);

        fixture.Factory.Clock.Offset = TimeSpan.FromSeconds(ReplicaFixture.RetryAfterSeconds + 1);
        var again = await DashboardAsync(head);
        fixture.Factory.Clock.Offset = TimeSpan.Zero;
        Assert.Equal(ReadSource.Replica, again.AsOf.Source);
        Assert.Equal(fromPrimary.Members.Cooperatives, again.Members.Cooperatives);
        Assert.True(await InRecoveryAsync());

        var back = WebUtility.HtmlDecode(await client.Http.GetStringAsync(new Uri("/statistics", UriKind.Relative)));
        Assert.DoesNotContain(FiguresAsOf.FromPrimary, back, StringComparison.Ordinal);
        Assert.Contains("ارقام تا ساعت ", back, StringComparison.Ordinal);
        using var healthy = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
    }

    private async Task<FormClient> SignedInAsync(CurrentUserSnapshot user)
    {
        var client = new FormClient(fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var login = await client.LoginAsync(user.NationalCode!, ReplicaFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }
}
