using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Registry;

/// <summary>
/// A cooperative's status on a real database (issue 21, points 2 and 3): the office moves it through the table, the
/// status and its history are stored and the history cannot be changed or removed; a dissolved cooperative starts no
/// declaration, is never possibly dormant, and says what it is on its card and in its manager's list; another
/// province's office is told it does not exist.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CooperativeStatusTests(PortalDatabaseFixture fixture)
{
    /// <summary>1405/09/02: 1403 and 1404 are overdue for a cooperative that never declared (possibly dormant).</summary>
    private static readonly TimeProvider Clock = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private ChangeCooperativeStatusHandler Change(ICurrentUser user) => new(fixture.Db, new PortalDatabaseFixture.FixedUser(user), new PortalClock(Clock));

    private Task<AppDbContext> NewDbAsync() =>
        fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<(Guid Id, string Name, CurrentUserSnapshot Manager)> CooperativeAsync()
    {
        var manager = await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی وضعیت " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            JalaliDate.Parse("1400/01/15")!.Value, null, PortalDatabaseFixture.Zanjan, null, null, 20, 500_000_000, manager.NationalCode!, "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await NewDbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return (cooperative.Id, cooperative.Name, manager);
    }

    private static async Task<ComplianceItem?> ComplianceItemAsync(PortalDatabaseFixture.Handlers user, string name) =>
        (await user.Compliance.HandleAsync(new ComplianceFilter(Search: name), default)).Items.SingleOrDefault();

    [Fact]
    public async Task The_office_dissolves_a_dormant_cooperative_its_history_is_kept_and_it_files_no_new_declaration()
    {
        var coop = await CooperativeAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var tehran = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran);
        var office = fixture.As(reviewer, Clock);
        var manager = fixture.As(coop.Manager, Clock);
        Assert.True((await ComplianceItemAsync(office, coop.Name))!.PossiblyDormant);

        // Another province's office is told it does not exist; the reviewer may not decide the dissolution.
        Assert.Equal(ErrorKind.NotFound, (await Change(tehran).HandleAsync(coop.Id, CooperativeStatusAction.OpenDormancyCase, null, null, default)).Kind);
        Assert.True((await Change(reviewer).HandleAsync(coop.Id, CooperativeStatusAction.OpenDormancyCase, null, null, default)).Succeeded);
        var refused = await Change(reviewer).HandleAsync(coop.Id, CooperativeStatusAction.PursueDissolution, "پاسخی نداد", "ماده ۵۴", default);
        Assert.Equal(CooperativeLifecycleAccess.HeadOnly, refused.Message);
        var dissolved = await Change(head).HandleAsync(coop.Id, CooperativeStatusAction.PursueDissolution, "به اخطار پاسخ نداد", "ماده ۵۴ قانون بخش تعاونی", default);
        Assert.True(dissolved.Succeeded, dissolved.Message);
        Assert.Equal(ErrorKind.Conflict, (await Change(head).HandleAsync(coop.Id, CooperativeStatusAction.Revive, null, null, default)).Kind);

        // The status and its history are stored; the history is append-only.
        await using (var db = await NewDbAsync())
        {
            var stored = await db.Cooperatives.AsNoTracking().Include(c => c.StatusEvents).SingleAsync(c => c.Id == coop.Id);
            Assert.Equal(CooperativeStatus.Dissolved, stored.Status);
            Assert.Equal(
                [(CooperativeStatusAction.OpenDormancyCase, CooperativeStatus.Active, CooperativeStatus.DormancyCaseOpen, reviewer.UserId!, (string?)null),
                 (CooperativeStatusAction.PursueDissolution, CooperativeStatus.DormancyCaseOpen, CooperativeStatus.Dissolved, head.UserId!, "ماده ۵۴ قانون بخش تعاونی")],
                stored.StatusEvents.Select(e => (e.Action, e.FromStatus, e.ToStatus, e.ActorUserId, e.LegalGround)));
            Assert.Equal("به اخطار پاسخ نداد", stored.StatusEvents[^1].Comment);
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE cooperative_status_events SET \"ToStatus\" = 'Active' WHERE \"CooperativeId\" = {coop.Id}"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM cooperative_status_events WHERE \"CooperativeId\" = {coop.Id}"));
            Assert.Equal(2, await db.Set<CooperativeStatusEvent>().CountAsync(e => EF.Property<Guid>(e, "CooperativeId") == coop.Id));
        }

        // It files no new declaration, and its card and its manager's list say what it is.
        var start = await manager.StartDeclaration.HandleAsync(coop.Id, 1404, default);
        Assert.Equal(ErrorKind.Conflict, start.Kind);
        Assert.Equal(CooperativeLifecycle.DeclarationRefusal(CooperativeStatus.Dissolved), start.Message);
        var card = (await manager.Cooperatives.GetAsync(coop.Id, default)).Value!;
        Assert.Equal(CooperativeStatus.Dissolved, card.Status);
        Assert.Empty(card.YearsToStart);
        Assert.Equal([CooperativeStatusAction.PursueDissolution, CooperativeStatusAction.OpenDormancyCase], card.StatusHistory!.Select(l => l.Action));
        Assert.Equal(CooperativeStatus.Dissolved, Assert.Single(await manager.Cooperatives.MineAsync(default), c => c.Id == coop.Id).Status);

        // Still listed for the years it owes, with its status, but never possibly dormant.
        var item = await ComplianceItemAsync(office, coop.Name);
        Assert.NotNull(item);
        Assert.Equal(CooperativeStatus.Dissolved, item.Status);
        Assert.False(item.PossiblyDormant);
    }

    [Fact]
    public async Task A_cooperative_under_a_dormancy_case_still_declares_and_a_struck_off_one_does_not()
    {
        var coop = await CooperativeAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var manager = fixture.As(coop.Manager, Clock);
        Assert.True((await Change(reviewer).HandleAsync(coop.Id, CooperativeStatusAction.OpenDormancyCase, null, null, default)).Succeeded);
        var started = await manager.StartDeclaration.HandleAsync(coop.Id, 1403, default);
        Assert.True(started.Succeeded, started.Message);
        Assert.True((await ComplianceItemAsync(fixture.As(reviewer, Clock), coop.Name))!.PossiblyDormant);

        var other = await CooperativeAsync();
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        Assert.True((await Change(reviewer).HandleAsync(other.Id, CooperativeStatusAction.ResolveDissolution, null, null, default)).Succeeded);
        Assert.True((await Change(head).HandleAsync(other.Id, CooperativeStatusAction.StrikeOff, null, null, default)).Succeeded);
        var refused = await fixture.As(other.Manager, Clock).StartDeclaration.HandleAsync(other.Id, 1404, default);
        Assert.Equal(CooperativeLifecycle.DeclarationRefusal(CooperativeStatus.StruckOff), refused.Message);
        Assert.False((await ComplianceItemAsync(fixture.As(reviewer, Clock), other.Name))!.PossiblyDormant);
    }
}
