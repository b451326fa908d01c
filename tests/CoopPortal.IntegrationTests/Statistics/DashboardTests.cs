using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Formation;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The statistics dashboard on a real database: its numbers equal the counts the test computes itself from the rows
/// of provinces no other test uses (31, and 30 for the other office), and each head of
/// office sees only their own province.
/// </summary>
[Collection(FormationCollection.Name)]
public sealed class DashboardTests(FormationFixture fixture)
{
    private const int Province = 31;
    private const int OtherProvince = 30;
    private const int Year = 1403;

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private async Task<AppDbContext> DbAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task ImportAsync(int province, int? countyId, DateOnly registeredOn, int members)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی آمار " + Guid.NewGuid().ToString("N")[..8], Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            registeredOn, null, province, countyId, null, members, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
    }

    private async Task SeedAsync(int province)
    {
        int[] counties;
        await using (var db = await DbAsync())
        {
            counties = await db.Counties.Where(c => c.ProvinceId == province).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToArrayAsync();
        }

        await ImportAsync(province, counties[0], J("1403/02/10"), 12);
        await ImportAsync(province, counties[0], J("1403/11/20"), 7);
        await ImportAsync(province, counties[1], J("1403/06/01"), 30);
        await ImportAsync(province, null, J("1403/08/08"), 9);
        await ImportAsync(province, counties[1], J("1402/12/25"), 15); // the year before: not in the county table
        await ImportAsync(province, counties[0], J("1404/01/05"), 11); // the year after

        var applicant = await fixture.NewUserAsync();
        await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, province,
            [DateTime.UtcNow.AddDays(-3), DateTime.UtcNow.AddDays(-2)]);
    }

    [Fact]
    public async Task The_numbers_equal_the_counts_of_the_provinces_rows()
    {
        await SeedAsync(Province);
        var head = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));

        var result = await head.Dashboard.HandleAsync(null, Year, default);
        Assert.True(result.Succeeded, result.Message);
        var report = result.Value!;
        Assert.Equal(Province, report.ProvinceId);
        Assert.Equal(Year, report.Year);

        // The expected numbers, computed here from the rows themselves.
        await using var db = await DbAsync();
        var applications = await db.FormationApplications.AsNoTracking().Where(a => a.Details.ProvinceId == Province).Select(a => a.Status).ToListAsync();
        var expectedApplications = applications.GroupBy(s => s).ToDictionary(g => ApplicationStatusText.Title(g.Key), g => (long)g.Count());
        Assert.Equal(expectedApplications, report.ApplicationsByStatus.ToDictionary(l => l.Title, l => l.Count));
        Assert.True(expectedApplications[ApplicationStatusText.Title(ApplicationStatus.Submitted)] >= 2);

        var cooperatives = await db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == Province).Select(c => new { c.CountyId, c.RegisteredAtUtc, c.MembersCount }).ToListAsync();
        var counties = await db.Counties.AsNoTracking().Where(c => c.ProvinceId == Province).ToDictionaryAsync(c => c.Id, c => c.Name);
        var expectedCounties = cooperatives
            .Where(c => JalaliDate.YearOf(Application.Common.Formatting.PersianFormat.LocalDate(c.RegisteredAtUtc)) == Year)
            .GroupBy(c => c.CountyId is { } id ? counties[id] : DashboardQuery.UnknownCounty)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedCounties, report.FormedByCounty.ToDictionary(l => l.County, l => l.Count));
        Assert.Contains(report.FormedByCounty, l => l.County == DashboardQuery.UnknownCounty && l.CountyId is null);
        Assert.True(report.FormedByCounty.Sum(l => l.Count) >= 4);

        Assert.Equal(cooperatives.Count, report.Cooperatives);
        Assert.Equal(cooperatives.Sum(c => (long)(c.MembersCount ?? 0)), report.Members);

        var declarations = await db.SelfDeclarations.AsNoTracking().Where(d => d.ProvinceId == Province && d.Status != DeclarationStatus.Draft)
            .Select(d => new { d.Status, d.RiskBand, d.InspectionPlannedOn }).ToListAsync();
        Assert.Equal(
            declarations.GroupBy(d => d.Status).ToDictionary(g => DeclarationText.Title(g.Key), g => (long)g.Count()),
            report.DeclarationsByStatus.ToDictionary(l => l.Title, l => l.Count));
        Assert.Equal(
            declarations.GroupBy(d => d.RiskBand).ToDictionary(g => DashboardQuery.RiskTitle(g.Key), g => (long)g.Count()),
            report.DeclarationsByRisk.ToDictionary(l => l.Title, l => l.Count));
        Assert.Equal(declarations.Count(d => d.Status == DeclarationStatus.InspectionPlanned && d.InspectionPlannedOn is not null), report.Inspections.Upcoming + report.Inspections.Past);
    }

    [Fact]
    public async Task Seeding_more_rows_moves_the_numbers_by_exactly_that_much()
    {
        var admin = fixture.As(await fixture.NewUserAsync(Roles.Admin));
        var before = (await admin.Dashboard.HandleAsync(Province, Year, default)).Value!;

        await SeedAsync(Province);

        var after = (await admin.Dashboard.HandleAsync(Province, Year, default)).Value!;
        Assert.Equal(Province, after.ProvinceId);
        Assert.Equal(before.Cooperatives + 6, after.Cooperatives);
        Assert.Equal(before.Members + 12 + 7 + 30 + 9 + 15 + 11, after.Members);
        Assert.Equal(before.FormedByCounty.Sum(l => l.Count) + 4, after.FormedByCounty.Sum(l => l.Count));
        Assert.Equal(
            before.FormedByCounty.SingleOrDefault(l => l.CountyId is null)?.Count + 1 ?? 1,
            after.FormedByCounty.Single(l => l.CountyId is null).Count);
        Assert.Equal(before.ApplicationsByStatus.Sum(l => l.Count) + 2, after.ApplicationsByStatus.Sum(l => l.Count));

        // The whole country counts at least as much as the province.
        var country = (await admin.Dashboard.HandleAsync(null, Year, default)).Value!;
        Assert.Null(country.ProvinceId);
        Assert.True(country.Cooperatives >= after.Cooperatives);
    }

    [Fact]
    public async Task A_head_of_office_of_another_province_sees_only_their_province()
    {
        await SeedAsync(Province);
        await SeedAsync(OtherProvince);
        var mine = (await fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province)).Dashboard.HandleAsync(null, Year, default)).Value!;
        var other = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, OtherProvince));

        var asked = await other.Dashboard.HandleAsync(Province, Year, default);
        Assert.True(asked.Succeeded, asked.Message);
        Assert.Equal(OtherProvince, asked.Value!.ProvinceId);

        await using var db = await DbAsync();
        var theirs = await db.Cooperatives.CountAsync(c => c.ProvinceId == OtherProvince);
        Assert.Equal(theirs, asked.Value.Cooperatives);
        var theirCounties = await db.Counties.Where(c => c.ProvinceId == OtherProvince).Select(c => c.Name).ToListAsync();
        Assert.All(asked.Value.FormedByCounty, l => Assert.True(l.CountyId is null || theirCounties.Contains(l.County)));
        var myCounties = await db.Counties.Where(c => c.ProvinceId == Province).Select(c => c.Name).ToListAsync();
        Assert.DoesNotContain(asked.Value.FormedByCounty, l => l.CountyId is not null && myCounties.Contains(l.County) && !theirCounties.Contains(l.County));
        Assert.Equal(Province, mine.ProvinceId);
    }

    [Fact]
    public async Task An_applicant_is_refused()
    {
        var applicant = fixture.As(await fixture.NewUserAsync());

        var result = await applicant.Dashboard.HandleAsync(Province, Year, default);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, result.Kind);
        Assert.Equal(DashboardQuery.NotAllowed, result.Message);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task A_reviewer_sees_their_province_too()
    {
        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, Province));
        var result = await reviewer.Dashboard.HandleAsync(OtherProvince, null, default);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Province, result.Value!.ProvinceId);
        Assert.Equal(reviewer.Dashboard.CurrentYear, result.Value.Year);
    }

    [Fact]
    public async Task The_page_shows_the_tables_to_a_head_of_office_and_an_admin_and_turns_others_away()
    {
        await SeedAsync(Province);
        foreach (var user in new[] { await fixture.NewUserAsync(Roles.HeadOfOffice, Province), await fixture.NewUserAsync(Roles.Admin) })
        {
            var session = await fixture.SignedInClientAsync(user);
            using var response = await session.Http.GetAsync(new Uri("/statistics", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            foreach (var id in new[] { "stats-year", "stats-applications", "stats-counties", "stats-declarations", "stats-risk", "stats-members" })
            {
                Assert.Contains($"id=\"{id}\"", page, StringComparison.Ordinal);
            }

            Assert.Equal(user.Roles.Contains(Roles.Admin), page.Contains("id=\"stats-province\"", StringComparison.Ordinal));
        }

        foreach (var role in new[] { Roles.Applicant, Roles.Reviewer })
        {
            var session = await fixture.SignedInClientAsync(await fixture.NewUserAsync(role, role == Roles.Reviewer ? Province : null));
            using var refused = await session.Http.GetAsync(new Uri("/statistics", UriKind.Relative));
            Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        }
    }
}
