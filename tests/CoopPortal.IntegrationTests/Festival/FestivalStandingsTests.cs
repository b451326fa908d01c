using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Application.Festival.Standings;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.IntegrationTests.Supervision;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Festival;

/// <summary>
/// Issue 21 point 4 (scoring) on real PostgreSQL: the festival facts are read from the year's sent declaration, last
/// year's and the registry; the province's standings score every cooperative, rank the better one first in its
/// orientation, and show a county office its county's cooperatives only, another province's staff nothing.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class FestivalStandingsTests(PortalDatabaseFixture fixture)
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>1405/04/10: fiscal year 1404 has ended and its declaration (due 1405/04/31) is on time.</summary>
    private static readonly TimeProvider Summer = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));

    private sealed record Coop(Guid Id, CurrentUserSnapshot User);

    private Task<AppDbContext> DbAsync() => fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>An imported cooperative of Zanjan registered in 1400, in the county of Zanjan unless <paramref name="inCounty"/> is false, of <paramref name="orientationId"/>.</summary>
    private async Task<Coop> CooperativeAsync(int orientationId, bool inCounty = true)
    {
        var user = await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی جشنواره " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(), J("1400/01/15"), null,
            PortalDatabaseFixture.Zanjan, inCounty ? fixture.ZanjanCountyId : null, null, 20, 900_000_000, user.NationalCode!, "مدیرعامل آزمون", null), DateTime.UtcNow);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        db.Entry(cooperative).Property(c => c.OrientationId).CurrentValue = orientationId;
        await db.SaveChangesAsync();
        return new Coop(cooperative.Id, user);
    }

    private async Task<int> OrientationAsync()
    {
        await using var db = await DbAsync();
        return await db.Orientations.OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
    }

    /// <summary>The better one: exports, eight employees, sales up on 1403; the weaker one: no assembly, no report, no tax return, no books, no exports.</summary>
    private async Task<(Coop Better, Coop Weaker, Coop Elsewhere)> FiledAsync()
    {
        var orientation = await OrientationAsync();
        var better = await CooperativeAsync(orientation);
        var weaker = await CooperativeAsync(orientation);
        var elsewhere = await CooperativeAsync(orientation, inCounty: false);
        var manager = fixture.As(better.User, Summer);
        await DeclarationFiling.FileAsync(manager, better.Id, 1403, DeclarationFiling.Content() with { Revenue = 6_000_000_000 });
        await DeclarationFiling.FileAsync(manager, better.Id, 1404, DeclarationFiling.Content() with { Employees = 8, ExportsValue = 400_000_000 });
        await DeclarationFiling.FileAsync(fixture.As(weaker.User, Summer), weaker.Id, 1404,
            DeclarationFiling.Content(assemblyHeld: false) with { TaxReturnFiled = false, BooksKept = false }, report: false);
        return (better, weaker, elsewhere);
    }

    private FestivalStandingsQuery Standings(ICurrentUser user) => new(
        fixture.Reads, new PortalDatabaseFixture.FixedUser(user),
        fixture.Factory.Services.GetRequiredService<IOptionsMonitor<FestivalWeights>>(),
        fixture.Factory.Services.GetRequiredService<IOptionsMonitor<SupervisionOptions>>());

    private static CurrentUserSnapshot Staff(string role, int province, int? county = null) =>
        new("festival-" + Guid.NewGuid().ToString("N"), new HashSet<string> { role }, province) { CountyId = county };

    [Fact]
    public async Task The_facts_are_read_from_the_year_s_sent_declaration_last_year_s_sales_and_the_registry()
    {
        var (better, weaker, elsewhere) = await FiledAsync();
        await using var db = await DbAsync();

        var facts = await FestivalFactsReader.ReadAsync(db, better.Id, 1404, default);
        Assert.Equal(J("1405/04/10"), facts.DeclaredOn);
        Assert.Equal(J("1405/02/20"), facts.OrdinaryAssemblyHeldOn);
        Assert.True(facts.InspectorsReportUploaded);
        Assert.Equal((8, 400_000_000L, 7_000_000_000L, 6_000_000_000L), (facts.Employees, facts.ExportsValue, facts.Revenue, facts.PreviousYearRevenue));
        Assert.Equal((true, true, true), (facts.TaxReturnFiled, facts.InsurancePaid, facts.BooksKept));

        var weak = await FestivalFactsReader.ReadAsync(db, weaker.Id, 1404, default);
        Assert.Equal((false, false, (long?)null), (weak.InspectorsReportUploaded, weak.TaxReturnFiled == true, weak.PreviousYearRevenue));
        Assert.Null(weak.OrdinaryAssemblyHeldOn);

        var none = await FestivalFactsReader.ReadAsync(db, elsewhere.Id, 1404, default);
        Assert.Equal(FestivalFacts.Undeclared(1404, Domain.Supervision.RegistryFacts.None) with { Registry = none.Registry }, none);
        Assert.Null(none.DeclaredOn);
    }

    [Fact]
    public async Task The_province_s_standings_rank_the_better_cooperative_first_in_its_orientation_with_its_evidence()
    {
        var (better, weaker, elsewhere) = await FiledAsync();
        var result = await Standings(Staff(Roles.Reviewer, PortalDatabaseFixture.Zanjan)).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        Assert.True(result.Succeeded, result.Message);
        var standings = result.Value!;
        Assert.Equal(100, standings.Maximum);
        var entries = standings.Groups.SelectMany(g => g.Entries).ToDictionary(e => e.CooperativeId);
        var top = entries[better.Id];
        var low = entries[weaker.Id];
        Assert.Equal(100, top.Score.Total);
        Assert.Equal(["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F10"], top.Score.Findings.Select(f => f.CriterionId));
        Assert.Equal("طبق خوداظهاری سال، ارزش صادرات: 400,000,000 ریال", top.Score.Findings.Single(f => f.CriterionId == "F08").Evidence);
        Assert.Equal(["F01", "F03", "F04", "F06", "F07", "F08", "F09"], low.Score.Missed);
        Assert.Equal(30, low.Score.Total);
        Assert.Equal(0, entries[elsewhere.Id].Score.Total);
        Assert.Equal("زنجان", top.County);
        Assert.Equal("—", entries[elsewhere.Id].County);

        var group = standings.Groups.Single(g => g.Entries.Any(e => e.CooperativeId == better.Id));
        Assert.Contains(group.Entries, e => e.CooperativeId == weaker.Id);
        Assert.True(group.Entries.ToList().FindIndex(e => e.CooperativeId == better.Id) < group.Entries.ToList().FindIndex(e => e.CooperativeId == weaker.Id));
        Assert.True(top.Rank < low.Rank);
        Assert.Equal(group.Entries.Select(e => e.Score.Total).OrderDescending(), group.Entries.Select(e => e.Score.Total));
    }

    [Fact]
    public async Task A_county_office_sees_its_county_s_cooperatives_and_another_province_s_staff_see_nothing()
    {
        var (better, _, elsewhere) = await FiledAsync();

        var county = await Standings(Staff(Roles.Reviewer, PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId)).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        var seen = county.Value!.Groups.SelectMany(g => g.Entries).Select(e => e.CooperativeId).ToList();
        Assert.Contains(better.Id, seen);
        Assert.DoesNotContain(elsewhere.Id, seen);

        var headquarters = await Standings(Staff(Roles.Headquarters, PortalDatabaseFixture.Tehran)).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        Assert.Contains(elsewhere.Id, headquarters.Value!.Groups.SelectMany(g => g.Entries).Select(e => e.CooperativeId));

        var neighbour = await Standings(Staff(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran)).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        Assert.Equal(ErrorKind.NotFound, neighbour.Kind);
        var applicant = await Standings(better.User).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        Assert.Equal(ErrorKind.NotFound, applicant.Kind);
    }

    [Fact]
    public async Task Only_active_cooperatives_enter_a_dormancy_case_or_a_dissolution_leaves_them_out()
    {
        var orientation = await OrientationAsync();
        var active = await CooperativeAsync(orientation);
        var dormant = await CooperativeAsync(orientation);
        var dissolved = await CooperativeAsync(orientation);
        await using (var db = await DbAsync())
        {
            var rows = await db.Cooperatives.Include(c => c.StatusEvents).Where(c => c.Id == dormant.Id || c.Id == dissolved.Id).ToListAsync();
            foreach (var row in rows)
            {
                row.ChangeStatus(row.Id == dormant.Id ? CooperativeStatusAction.OpenDormancyCase : CooperativeStatusAction.ResolveDissolution, "festival-reviewer", null, null, DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        var result = await Standings(Staff(Roles.Reviewer, PortalDatabaseFixture.Zanjan)).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        var seen = result.Value!.Groups.SelectMany(g => g.Entries).Select(e => e.CooperativeId).ToList();
        Assert.Contains(active.Id, seen);
        Assert.DoesNotContain(dormant.Id, seen);
        Assert.DoesNotContain(dissolved.Id, seen);
    }
}
