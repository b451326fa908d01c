using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The cooperatives' life on /statistics (issue 21 point 5) on a real database: the dormancy cases opened, revived,
/// closed and ended in dissolution, the liquidations started and the cooperatives struck off per county and year, read
/// from the status history; the registry by status now; a county office sees its county only, another province none.
/// The figures are compared before and after the steps this test takes (the collection runs one test at a time).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class LifecycleStatisticsTests(PortalDatabaseFixture fixture)
{
    private const int Province = PortalDatabaseFixture.Zanjan;

    /// <summary>1405/09/02 and 1406/01/12 in Iran.</summary>
    private static readonly TimeProvider In1405 = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private static readonly TimeProvider In1406 = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2027, 4, 1, 8, 0, 0, TimeSpan.Zero));

    private async Task<Guid> CooperativeAsync(int county)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی آمار وضعیت " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            JalaliDate.Parse("1398/02/10")!.Value, null, Province, county, null, 12, 300_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative.Id;
    }

    private async Task StepAsync(ICurrentUser user, TimeProvider clock, Guid cooperative, CooperativeStatusAction action, string? reason = null, string? ground = null)
    {
        var result = await new ChangeCooperativeStatusHandler(fixture.Db, new PortalDatabaseFixture.FixedUser(user), new PortalClock(clock))
            .HandleAsync(cooperative, action, reason, ground, default);
        Assert.True(result.Succeeded, result.Message);
    }

    private async Task<DashboardReport> ReportAsync(CurrentUserSnapshot user, int year)
    {
        var result = await fixture.As(user).Dashboard.HandleAsync(null, year, default);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    private static int[] Steps(DashboardReport report, string county) =>
        report.LifecycleByCounty.SingleOrDefault(l => l.County == county) is { } l
            ? [l.DormancyOpened, l.Revived, l.Closed, l.DissolutionPursued, l.LiquidationStarted, l.StruckOff]
            : [0, 0, 0, 0, 0, 0];

    private static int[] Statuses(DashboardReport report, string county) =>
        report.StatusByCounty.SingleOrDefault(l => l.County == county) is { } l
            ? [l.Active, l.DormancyCaseOpen, l.Dissolved, l.InLiquidation, l.StruckOff]
            : [0, 0, 0, 0, 0];

    private static int[] Minus(int[] after, int[] before) => after.Zip(before, (a, b) => a - b).ToArray();

    [Fact]
    public async Task Dormancy_cases_liquidations_and_statuses_are_counted_per_county_in_the_year_of_each_step()
    {
        var counties = await new SeededAssemblies(fixture).CountiesAsync(Province, 3);
        var (first, second) = (counties[1], counties[2]);
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, Province);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var before1405 = await ReportAsync(head, 1405);
        var before1406 = await ReportAsync(head, 1406);

        var revived = await CooperativeAsync(first.Id);
        await StepAsync(reviewer, In1405, revived, CooperativeStatusAction.OpenDormancyCase);
        await StepAsync(reviewer, In1405, revived, CooperativeStatusAction.Revive);
        var closed = await CooperativeAsync(first.Id);
        await StepAsync(reviewer, In1405, closed, CooperativeStatusAction.OpenDormancyCase);
        await StepAsync(head, In1405, closed, CooperativeStatusAction.CloseDormancyCase, "فعالیت تعاونی در بازدید تأیید شد");
        var struckOff = await CooperativeAsync(first.Id);
        await StepAsync(reviewer, In1405, struckOff, CooperativeStatusAction.OpenDormancyCase);
        await StepAsync(head, In1405, struckOff, CooperativeStatusAction.PursueDissolution, "به اخطار پاسخ نداد", "ماده ۵۴ قانون بخش تعاونی");
        await StepAsync(reviewer, In1405, struckOff, CooperativeStatusAction.StartLiquidation);
        await StepAsync(head, In1405, struckOff, CooperativeStatusAction.StrikeOff);
        var dormant = await CooperativeAsync(first.Id);
        await StepAsync(reviewer, In1405, dormant, CooperativeStatusAction.OpenDormancyCase);

        // The next year's step belongs to the next year.
        var liquidating = await CooperativeAsync(second.Id);
        await StepAsync(reviewer, In1406, liquidating, CooperativeStatusAction.ResolveDissolution);

        var after1405 = await ReportAsync(head, 1405);
        var after1406 = await ReportAsync(head, 1406);
        Assert.Equal([4, 1, 1, 1, 1, 1], Minus(Steps(after1405, first.Name), Steps(before1405, first.Name)));
        Assert.Equal([0, 0, 0, 0, 0, 0], Minus(Steps(after1405, second.Name), Steps(before1405, second.Name)));
        Assert.Equal([0, 0, 0, 0, 1, 0], Minus(Steps(after1406, second.Name), Steps(before1406, second.Name)));
        Assert.Equal([0, 0, 0, 0, 0, 0], Minus(Steps(after1406, first.Name), Steps(before1406, first.Name)));

        // The registry by status now, whatever the year asked.
        Assert.Equal([2, 1, 0, 0, 1], Minus(Statuses(after1405, first.Name), Statuses(before1405, first.Name)));
        Assert.Equal([0, 0, 0, 1, 0], Minus(Statuses(after1406, second.Name), Statuses(before1406, second.Name)));
        Assert.Equal(after1405.StatusByCounty.Sum(l => l.Total), after1405.Members.Cooperatives);

        // The exported table carries the same numbers, with its totals.
        var table = DashboardTables.Lifecycle(after1405.LifecycleByCounty, "۱۴۰۵");
        Assert.Equal((long)after1405.LifecycleByCounty.Sum(l => l.DormancyOpened), table.Total![1]);

        // A county office sees its county only; another province's office none of this.
        var countyHead = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Users.Where(u => u.Id == countyHead.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.CountyId, second.Id));
        }

        var county = await ReportAsync(countyHead with { CountyId = second.Id }, 1406);
        Assert.All(county.LifecycleByCounty, l => Assert.Equal(second.Id, l.CountyId));
        Assert.All(county.StatusByCounty, l => Assert.Equal(second.Id, l.CountyId));
        Assert.Equal(Steps(after1406, second.Name), Steps(county, second.Name));
        var tehran = await ReportAsync(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran), 1405);
        Assert.DoesNotContain(tehran.LifecycleByCounty, l => l.County == first.Name);
        Assert.DoesNotContain(tehran.StatusByCounty, l => l.County == first.Name || l.County == second.Name);
    }
}
