using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using static CoopPortal.IntegrationTests.Statistics.SeededAssemblies.Outcome;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The general assemblies on /statistics (issue 19 point 5) on a real database: per county, held (minutes confirmed),
/// supervised (the observer reported), with irregularities (even once confirmed) and cancelled, by meeting day within
/// the year; written only by these tests into provinces 27 and 26, so every figure is known exactly.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class AssemblyStatisticsTests(PortalDatabaseFixture fixture)
{
    private const int Province = 27;
    private const int OtherProvince = 26;

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private static (int Held, int Supervised, int Irregular, int Cancelled) Figures(AssemblyCountyLine line) =>
        (line.Held, line.Supervised, line.WithIrregularities, line.Cancelled);

    private async Task<DashboardReport> ReportAsync(CurrentUserSnapshot user, int? province, int year)
    {
        var result = await fixture.As(user).Dashboard.HandleAsync(province, year, default);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    [Fact]
    public async Task The_assemblies_of_the_year_are_counted_per_county_by_their_outcome_and_meeting_day()
    {
        var seeded = new SeededAssemblies(fixture);
        var counties = await seeded.CountiesAsync(Province);
        var (first, second) = (counties[0], counties[1]);
        await seeded.AddAsync(Province, first.Id, J("1400/01/01"), HeldUnsupervised, HeldSupervised, Cancelled, Announced);
        await seeded.AddAsync(Province, first.Id, J("1400/12/29"), HeldUnsupervised, HeldDespiteIrregularities, AwaitingObserver);
        await seeded.AddAsync(Province, second.Id, J("1400/07/15"), ObserverConfirmed, IrregularitiesReported, IrregularitiesThenResubmitted, HeldSupervised);
        await seeded.AddAsync(Province, null, J("1400/05/05"), HeldUnsupervised);

        // The days either side of the year belong to the years before and after.
        await seeded.AddAsync(Province, first.Id, J("1399/12/29"), HeldSupervised, Cancelled);
        await seeded.AddAsync(Province, second.Id, J("1401/01/01"), HeldDespiteIrregularities);

        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var report = await ReportAsync(head, null, 1400);

        Assert.Equal(
            new Dictionary<string, (int, int, int, int)>
            {
                [first.Name] = (4, 2, 1, 1),
                [second.Name] = (1, 4, 2, 0),
                [DashboardQuery.UnknownCounty] = (1, 0, 0, 0),
            },
            report.AssembliesByCounty.ToDictionary(l => l.County, Figures));
        Assert.Equal(new int?[] { first.Id, second.Id, null }, report.AssembliesByCounty.Select(l => l.CountyId)); // most held first
        Assert.Equal((1, 1, 0, 1), Figures(Assert.Single((await ReportAsync(head, null, 1399)).AssembliesByCounty)));
        var after = Assert.Single((await ReportAsync(head, null, 1401)).AssembliesByCounty);
        Assert.Equal((second.Name, 1, 1, 1, 0), (after.County, after.Held, after.Supervised, after.WithIrregularities, after.Cancelled));

        // The table the page shows and the exports write: one row per county and the totals.
        var table = (await fixture.As(head).Statistics.HandleAsync(null, 1400, default)).Value!.Find(DashboardTables.AssembliesKey)!;
        Assert.Equal("مجامع عمومی سال ۱۴۰۰ به تفکیک شهرستان", table.Title);
        Assert.Equal(new[] { "شهرستان", "برگزارشده (صورت‌جلسه تأییدشده)", "با نظارت (گزارش ناظر ثبت شد)", "با گزارش تخلف ناظر", "لغوشده" }, table.Columns.Select(c => c.Title));
        Assert.Equal(new object?[] { first.Name, 4L, 2L, 1L, 1L }, table.Rows[0]);
        Assert.Equal(new object?[] { DashboardTables.Total, 6L, 6L, 3L, 1L }, table.Total);
    }

    [Fact]
    public async Task Another_provinces_assemblies_are_never_counted()
    {
        const int year = 1398;
        var seeded = new SeededAssemblies(fixture);
        var mine = (await seeded.CountiesAsync(Province, 1))[0];
        var theirs = (await seeded.CountiesAsync(OtherProvince, 1))[0];
        await seeded.AddAsync(Province, mine.Id, J("1398/03/03"), HeldSupervised);
        await seeded.AddAsync(OtherProvince, theirs.Id, J("1398/03/03"), HeldDespiteIrregularities, HeldDespiteIrregularities, Cancelled);

        // The head of office sees their province whatever they ask for; the other province's head likewise.
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        foreach (var asked in new int?[] { null, OtherProvince })
        {
            var line = Assert.Single((await ReportAsync(head, asked, year)).AssembliesByCounty);
            Assert.Equal((mine.Id, 1, 1, 0, 0), (line.CountyId, line.Held, line.Supervised, line.WithIrregularities, line.Cancelled));
        }

        var other = Assert.Single((await ReportAsync(await fixture.NewUserAsync(Roles.HeadOfOffice, OtherProvince), Province, year)).AssembliesByCounty);
        Assert.Equal((theirs.Id, 2, 2, 2, 1), (other.CountyId, other.Held, other.Supervised, other.WithIrregularities, other.Cancelled));

        // An admin chooses: one province, or the whole country with both.
        var admin = await fixture.NewUserAsync(Roles.Admin);
        Assert.Equal(mine.Id, Assert.Single((await ReportAsync(admin, Province, year)).AssembliesByCounty).CountyId);
        var country = (await ReportAsync(admin, null, year)).AssembliesByCounty;
        Assert.Contains(country, l => l.CountyId == mine.Id && l.Held == 1);
        Assert.Contains(country, l => l.CountyId == theirs.Id && l.WithIrregularities == 2);

        // A reviewer of the province, a cooperative's manager and an applicant read no figures at all.
        foreach (var user in new[] { await fixture.NewUserAsync(Roles.Reviewer, Province), await fixture.NewUserAsync(Roles.CooperativeManager), await fixture.NewUserAsync() })
        {
            var refused = await fixture.As(user).Dashboard.HandleAsync(Province, year, default);
            Assert.Equal(ErrorKind.Forbidden, refused.Kind);
            Assert.Null(refused.Value);
        }
    }

    [Fact]
    public async Task The_page_shows_the_section_with_a_row_per_county_and_the_totals()
    {
        var seeded = new SeededAssemblies(fixture);
        var counties = await seeded.CountiesAsync(Province);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var year = fixture.As(head).Dashboard.CurrentYear;
        await seeded.AddAsync(Province, counties[0].Id, JalaliDate.FromParts(year, 1, 10)!.Value, HeldSupervised, HeldUnsupervised);
        await seeded.AddAsync(Province, counties[1].Id, JalaliDate.FromParts(year, 1, 10)!.Value, IrregularitiesReported);

        var session = await fixture.SignedInClientAsync(head);
        using var response = await session.Http.GetAsync(new Uri("/statistics", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("id=\"stats-assemblies\"", page, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(page, "<tr class=\"stats-assembly-row\""));
        Assert.Contains("id=\"stats-assemblies-total\"", page, StringComparison.Ordinal);
        Assert.Contains($"مجامع عمومی سال {Application.Common.Formatting.PersianFormat.Digits(year.ToString(System.Globalization.CultureInfo.InvariantCulture))} به تفکیک شهرستان", page, StringComparison.Ordinal);
    }
}
