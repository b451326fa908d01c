using CoopPortal.Application.Offices.WaitingWork;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>The waiting work on a staff dashboard (issue 18): counted in the caller's province only, and for staff only.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class WaitingWorkTests(PortalDatabaseFixture fixture)
{
    private const int Province = 2; // West Azerbaijan: no other test's applications

    private WaitingWorkQuery QueryAs(Application.Common.Security.ICurrentUser user) => new(
        fixture.Reads, new PortalDatabaseFixture.FixedUser(user), TimeProvider.System, fixture.Factory.Services.GetRequiredService<IOptionsMonitor<ReviewOptions>>());

    [Fact]
    public async Task New_mine_recommended_and_overdue_are_counted_in_the_callers_province_only()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, Province);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var before = (await QueryAs(reviewer).HandleAsync(default))!;

        var created = await SeededOffice.SubmittedAtAsync(fixture, Province, 30, 2, 1);
        await SeededOffice.SubmittedAtAsync(fixture, Province + 1, 1); // another province: not counted
        await ChangeAsync(created[1].Id, a => a.Claim(reviewer.UserId!, DateTime.UtcNow));
        await ChangeAsync(created[2].Id, a =>
        {
            a.Claim("someone-else", DateTime.UtcNow);
            a.Recommend("someone-else", null, DateTime.UtcNow);
        });

        var after = (await QueryAs(reviewer).HandleAsync(default))!;
        Assert.Equal(
            (Province, before.NewApplications + 1, before.MyApplications + 1, before.AwaitingApproval + 1, before.OverdueApplications + 1),
            (after.ProvinceId, after.NewApplications, after.MyApplications, after.AwaitingApproval, after.OverdueApplications));
        Assert.Equal(0, (await QueryAs(head).HandleAsync(default))!.MyApplications);
    }

    private async Task ChangeAsync(Guid id, Action<Domain.Formation.FormationApplication> change)
    {
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        change(await db.FormationApplications.Include(a => a.Events).SingleAsync(a => a.Id == id));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_applicant_or_an_admin_gets_no_waiting_work()
    {
        Assert.Null(await QueryAs(await fixture.NewUserAsync()).HandleAsync(default));
        Assert.Null(await QueryAs(await fixture.NewUserAsync(Roles.Admin)).HandleAsync(default));
    }
}
