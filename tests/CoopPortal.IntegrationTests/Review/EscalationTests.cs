using CoopPortal.Application.Review.Escalation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>Overdue applications reach the heads of office of their province once (province 2 keeps this test alone).</summary>
[Collection(DatabaseCollection.Name)]
public sealed class EscalationTests(PortalDatabaseFixture fixture)
{
    private const int Province = 2;

    [Fact]
    public async Task Each_overdue_application_is_escalated_once_to_each_head_of_its_province_and_fresh_ones_are_not()
    {
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var otherHead = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran);
        var apps = await SeededOffice.SubmittedAtAsync(fixture, Province, 10, 2);
        var handler = new EscalateOverdueHandler(fixture.Db, TimeProvider.System,
            new FixedOptions<ReviewOptions>(new ReviewOptions { SlaDays = 7 }));

        await handler.HandleAsync(default);
        await handler.HandleAsync(default);

        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var toHead = await db.Notifications.Where(n => n.UserId == head.UserId).ToListAsync();
        var escalation = Assert.Single(toHead);
        Assert.Equal($"review/{apps[0].Id}", escalation.Link);
        Assert.Contains("۱۰ روز", escalation.Body, StringComparison.Ordinal);
        Assert.Empty(await db.Notifications.Where(n => n.UserId == otherHead.UserId).ToListAsync());
        Assert.NotNull((await db.FormationApplications.SingleAsync(a => a.Id == apps[0].Id)).EscalatedAtUtc);
        Assert.Null((await db.FormationApplications.SingleAsync(a => a.Id == apps[1].Id)).EscalatedAtUtc);
    }

    [Fact]
    public async Task Two_instances_sweeping_at_the_same_moment_notify_each_head_once_per_application()
    {
        const int RaceProvince = 3;
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, RaceProvince);
        var apps = await SeededOffice.SubmittedAtAsync(fixture, RaceProvince, 10, 11, 12, 13, 14, 15);
        EscalateOverdueHandler Instance() => new(fixture.Db, TimeProvider.System, new FixedOptions<ReviewOptions>(new ReviewOptions { SlaDays = 7 }));
        var sweeps = new[] { Instance(), Instance() };

        for (var round = 0; round < 3; round++)
        {
            using var start = new ManualResetEventSlim();
            var runs = sweeps.Select(s => Task.Run(() => { start.Wait(); return s.HandleAsync(default); })).ToList();
            start.Set();
            await Task.WhenAll(runs);
        }

        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var links = await db.Notifications.Where(n => n.UserId == head.UserId).Select(n => n.Link).ToListAsync();
        Assert.Equal(apps.Select(a => $"review/{a.Id}").Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
    }

    /// <summary>Options that never change, for a handler that reads the live value.</summary>
    private sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
