using System.Globalization;
using System.Net;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Spreadsheets;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Application.Statistics.Export;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The statistics of a county office (issue 20, point 1): its head sees their county's numbers only, never the
/// neighbouring county's nor their province's; its reviewers are refused as every reviewer is; the export says what
/// the page says. Rows of provinces no other test uses (25, with two of its counties, and 24).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CountyStatisticsTests(PortalDatabaseFixture fixture)
{
    private const int Province = 25;
    private const int OtherProvince = 24;
    private const int Year = 1403;

    private async Task<AppDbContext> DbAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    /// <summary>A head of office of <see cref="Province"/>'s office of <paramref name="county"/> (null: the provincial office).</summary>
    private async Task<CurrentUserSnapshot> HeadAsync(int? county, string role = Roles.HeadOfOffice)
    {
        var user = await fixture.NewUserAsync(role, Province);
        await using var db = await DbAsync();
        await db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.CountyId, county));
        return user with { CountyId = county };
    }

    private async Task<(int Id, string Name)[]> CountiesAsync()
    {
        await using var db = await DbAsync();
        var rows = await db.Counties.AsNoTracking().Where(c => c.ProvinceId == Province).OrderBy(c => c.Id).Take(2).Select(c => new { c.Id, c.Name }).ToListAsync();
        return rows.Select(r => (r.Id, r.Name)).ToArray();
    }

    private async Task<Cooperative> ImportAsync(int province, int? county, string registeredOn, int members)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی شهرستان " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            JalaliDate.Parse(registeredOn)!.Value, null, province, county, null, members, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative;
    }

    /// <summary>A declaration of the fiscal year before <see cref="Year"/>, filed for the cooperative, in its county.</summary>
    private async Task<SelfDeclaration> DeclareAsync(Cooperative cooperative)
    {
        await using var db = await DbAsync();
        var declaration = SubmittedDeclarations.Build(cooperative.Id, cooperative.ProvinceId, Year - 1);
        db.SelfDeclarations.Add(declaration);
        db.Entry(declaration).Property(d => d.CountyId).CurrentValue = cooperative.CountyId;
        await db.SaveChangesAsync();
        return declaration;
    }

    /// <summary>
    /// Cooperatives, declarations and assemblies in both counties, in none, and in another province; and applications
    /// (all in the first county: <see cref="CompleteApplications"/> files them there), one decided today.
    /// </summary>
    private async Task<(int Id, string Name)[]> SeedAsync()
    {
        var counties = await CountiesAsync();
        var (mine, neighbour) = (counties[0].Id, counties[1].Id);
        await DeclareAsync(await ImportAsync(Province, mine, "1401/03/01", 21));
        await ImportAsync(Province, mine, "1403/05/05", 8);
        await DeclareAsync(await ImportAsync(Province, neighbour, "1400/02/02", 333));
        await ImportAsync(Province, neighbour, "1403/07/07", 44);
        await ImportAsync(Province, null, "1403/08/08", 55);
        await DeclareAsync(await ImportAsync(OtherProvince, null, "1401/01/01", 66));

        var assemblies = new SeededAssemblies(fixture);
        var meeting = JalaliDate.Parse("1403/04/10")!.Value;
        await assemblies.AddAsync(Province, mine, meeting, SeededAssemblies.Outcome.HeldUnsupervised);
        await assemblies.AddAsync(Province, neighbour, meeting, SeededAssemblies.Outcome.HeldUnsupervised, SeededAssemblies.Outcome.Cancelled);

        var applicant = await fixture.NewUserAsync();
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, Province);
        var decided = true;
        await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, Province,
            [DateTime.UtcNow.AddDays(-3), DateTime.UtcNow.AddDays(-2)],
            app =>
            {
                if (decided)
                {
                    var at = app.SubmittedAtUtc!.Value;
                    app.Claim(reviewer.UserId!, at.AddHours(5));
                    app.Recommend(reviewer.UserId!, null, at.AddHours(29));
                    app.Approve(head.UserId!, at.AddHours(41));
                    decided = false;
                }
            });
        return counties;
    }

    [Fact]
    public async Task A_county_head_sees_their_countys_numbers_and_not_the_neighbouring_countys()
    {
        var counties = await SeedAsync();
        var (mine, neighbour) = (counties[0], counties[1]);
        var head = fixture.As(await HeadAsync(mine.Id));

        var report = (await head.Dashboard.HandleAsync(OtherProvince, Year, default)).Value!;

        Assert.Equal(Province, report.ProvinceId);
        Assert.Equal(mine.Id, report.CountyId);
        await using var db = await DbAsync();
        var cooperatives = await db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == Province && c.CountyId == mine.Id)
            .Select(c => new { c.MembersCount, c.RegisteredAtUtc }).ToListAsync();
        Assert.Equal(cooperatives.Count, report.Members.Cooperatives);
        Assert.Equal(cooperatives.Sum(c => (long)(c.MembersCount ?? 0)), report.Members.Members);
        var line = Assert.Single(report.FormedByCounty);
        Assert.Equal(mine.Name, line.County);
        Assert.Equal(cooperatives.Count(c => JalaliDate.YearOf(Application.Common.Formatting.PersianFormat.LocalDate(c.RegisteredAtUtc)) == Year), line.Count);
        Assert.Equal(
            await db.SelfDeclarations.CountAsync(d => d.ProvinceId == Province && d.CountyId == mine.Id && d.FiscalYear == Year - 1 && d.Status != DeclarationStatus.Draft),
            report.Declarations.Filed);
        Assert.True(report.Declarations.Filed >= 1);
        Assert.All(report.AssembliesByCounty, l => Assert.Equal(mine.Name, l.County));
        Assert.Equal(0, report.AssembliesByCounty.Sum(l => l.Cancelled));
        Assert.True(report.AssembliesByCounty.Sum(l => l.Held) >= 1);

        // Applications by status and the durations: read from the applications themselves for a county.
        var applications = await db.FormationApplications.AsNoTracking().Where(a => a.Details.ProvinceId == Province && a.Details.CountyId == mine.Id)
            .Select(a => a.Status).ToListAsync();
        Assert.Equal(
            applications.GroupBy(s => s).ToDictionary(g => ApplicationStatusText.Title(g.Key), g => (long)g.Count()),
            report.ApplicationsByStatus.ToDictionary(l => l.Title, l => l.Count));
        var now = (await head.Dashboard.HandleAsync(null, null, default)).Value!;
        var decision = Assert.Single(now.Durations, d => d.Title == DashboardQuery.SubmissionToDecision);
        Assert.True(decision.Count >= 1);
        Assert.Contains(now.Durations, d => d.Title == WorkflowSteps.Title(WorkflowStep.Approval) && d.MedianDays is not null);

        // The neighbouring county's head sees theirs, without the first county's applications or cooperatives.
        var other = (await fixture.As(await HeadAsync(neighbour.Id)).Dashboard.HandleAsync(null, Year, default)).Value!;
        Assert.Equal(neighbour.Id, other.CountyId);
        Assert.Equal(await db.Cooperatives.CountAsync(c => c.ProvinceId == Province && c.CountyId == neighbour.Id), other.Members.Cooperatives);
        Assert.Empty(other.ApplicationsByStatus);
        Assert.All(other.AssembliesByCounty, l => Assert.Equal(neighbour.Name, l.County));
        Assert.True(other.AssembliesByCounty.Sum(l => l.Cancelled) >= 1);
        var otherNow = (await fixture.As(await HeadAsync(neighbour.Id)).Dashboard.HandleAsync(null, null, default)).Value!;
        Assert.All(otherNow.Durations, d => Assert.Equal(0, d.Count));

        // The provincial office's head keeps the whole province: both counties and the cooperatives of no county.
        var province = (await fixture.As(await HeadAsync(null)).Dashboard.HandleAsync(null, Year, default)).Value!;
        Assert.Null(province.CountyId);
        Assert.Equal(await db.Cooperatives.CountAsync(c => c.ProvinceId == Province), province.Members.Cooperatives);
        Assert.True(province.Members.Cooperatives > report.Members.Cooperatives + other.Members.Cooperatives);
    }

    [Fact]
    public async Task The_page_heading_names_the_county_office_and_the_export_says_what_the_page_says()
    {
        var counties = await SeedAsync();
        var user = await HeadAsync(counties[0].Id);
        var current = new FixedUser(user);
        var services = fixture.Factory.Services;
        var clock = new Application.Common.Time.PortalClock(TimeProvider.System);
        var reports = new StatisticsReportQuery(
            new DashboardQuery(fixture.Reads, current, services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Application.Supervision.Common.SupervisionOptions>>(), clock),
            fixture.Db, clock);
        var export = new ExportStatisticsHandler(reports, current, services.GetRequiredService<ISpreadsheetWriter>(),
            new DocumentPrinter(services.GetRequiredService<IDocumentTemplates>(), services.GetRequiredService<IPdfRenderer>()));

        var view = (await reports.ViewAsync(null, Year, default)).Value!;
        Assert.Equal("اداره تعاون شهرستان " + counties[0].Name, view.Tables.Scope);

        var file = (await export.HandleAsync(ExportFormat.Csv, "members", null, Year, default)).Value!;
        Assert.Equal($"آمار اداره تعاون شهرستان {counties[0].Name} ۱۴۰۳ - تعاونی‌ها و اعضا.csv", file.PersianFileName);
        var text = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Contains("محدوده: اداره تعاون شهرستان " + counties[0].Name, text, StringComparison.Ordinal);
        foreach (var row in view.Tables.Find("members")!.Rows)
        {
            Assert.Contains($"{row[0]},{Convert.ToInt64(row[1], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}", text, StringComparison.Ordinal);
        }

        var session = await fixture.SignedInClientAsync(user);
        using var page = await session.Http.GetAsync(new Uri($"/statistics?year={Year}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("آمار اداره تعاون شهرستان " + counties[0].Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"stats-province\"", html, StringComparison.Ordinal);
        using var csv = await session.Http.GetAsync(new Uri($"/statistics/export/csv?table=members&province={OtherProvince}&year={Year}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        // The file over HTTP is the use case's, whatever province is asked for (only the heading's time may differ).
        var served = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).Split('\n');
        Assert.Equal(text.Split('\n')[1..], served[1..]);
    }

    [Fact]
    public async Task A_county_reviewer_is_refused_as_every_reviewer_is()
    {
        var counties = await CountiesAsync();
        var reviewer = await HeadAsync(counties[0].Id, Roles.Reviewer);

        var result = await fixture.As(reviewer).Dashboard.HandleAsync(null, Year, default);

        Assert.Equal(ErrorKind.Forbidden, result.Kind);
        Assert.Equal(DashboardQuery.NotAllowed, result.Message);
        Assert.Null(result.Value);
        var session = await fixture.SignedInClientAsync(reviewer);
        using var page = await session.Http.GetAsync(new Uri("/statistics", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        using var csv = await session.Http.GetAsync(new Uri($"/statistics/export/csv?year={Year}", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, csv.StatusCode);
    }
}
