using System.Net;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.IntegrationTests.Statistics;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// Headquarters (issue 20, point 2): a national read-only role. It reads every province's statistics (with the
/// exports), compliance list and registry card, and every decision's use case refuses it, leaving the case as it was.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class HeadquartersTests(PortalDatabaseFixture fixture)
{
    private const int Province = 25;

    private async Task<AppDbContext> DbAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>A cooperative of the province with a filed declaration, an application waiting in the queue, a published general assembly.</summary>
    private async Task<(Cooperative Cooperative, SelfDeclaration Declaration, FormationApplication Application, GeneralAssembly Assembly)> SeedAsync()
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی ستاد " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            JalaliDate.Parse("1398/02/02")!.Value, null, Province, null, null, 30, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow);
        var declaration = SubmittedDeclarations.Build(cooperative.Id, Province, 1402);
        await using (var db = await DbAsync())
        {
            db.Cooperatives.Add(cooperative);
            db.SelfDeclarations.Add(declaration);
            await db.SaveChangesAsync();
        }

        var applicant = await fixture.NewUserAsync();
        var application = (await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, Province, [DateTime.UtcNow.AddDays(-1)]))[0];
        var assemblies = new SeededAssemblies(fixture);
        var county = (await assemblies.CountiesAsync(Province, 1))[0].Id;
        await assemblies.AddAsync(Province, county, PersianToday().AddDays(30), SeededAssemblies.Outcome.Announced);
        await using var read = await DbAsync();
        var assembly = await read.GeneralAssemblies.AsNoTracking().Where(a => a.ProvinceId == Province && a.CountyId == county)
            .OrderByDescending(a => a.CreatedAtUtc).FirstAsync();
        return (cooperative, declaration, application, assembly);
    }

    private static DateOnly PersianToday() => Application.Common.Formatting.PersianFormat.LocalDate(DateTime.UtcNow);

    [Fact]
    public async Task Headquarters_read_every_provinces_statistics_compliance_and_registry()
    {
        var (cooperative, _, _, _) = await SeedAsync();
        var hq = fixture.As(await fixture.NewUserAsync(Roles.Headquarters));

        var country = await hq.Dashboard.HandleAsync(null, null, default);
        Assert.True(country.Succeeded, country.Message);
        Assert.Null(country.Value!.ProvinceId);
        var province = (await hq.Statistics.ViewAsync(Province, null, default)).Value!;
        Assert.Equal(Province, province.Report.ProvinceId);
        Assert.Null(province.Report.CountyId);
        await using var db = await DbAsync();
        Assert.Equal(await db.Cooperatives.CountAsync(c => c.ProvinceId == Province), province.Report.Members.Cooperatives);
        Assert.Equal(await db.Provinces.Where(p => p.Id == Province).Select(p => p.Name).SingleAsync(), province.Tables.Scope);

        var compliance = await hq.Compliance.HandleAsync(new ComplianceFilter(Province, false, cooperative.RegistrationNumber), default);
        Assert.Contains(compliance.Items, i => i.CooperativeId == cooperative.Id);

        var card = await hq.Cooperatives.GetAsync(cooperative.Id, default);
        Assert.True(card.Succeeded, card.Message);
        Assert.False(card.Value!.IsManager);
        Assert.Empty(card.Value.YearsToStart);
    }

    [Fact]
    public async Task Headquarters_are_refused_every_decision_and_the_cases_stay_as_they_were()
    {
        var (cooperative, declaration, application, assembly) = await SeedAsync();
        var user = await fixture.NewUserAsync(Roles.Headquarters);
        var hq = fixture.As(user);

        Assert.False((await hq.Review.ClaimAsync(application.Id, default)).Succeeded);
        Assert.False((await hq.Review.AssignAsync(application.Id, user.UserId!, default)).Succeeded);
        Assert.False((await hq.Review.RecommendAsync(application.Id, null, default)).Succeeded);
        Assert.False((await hq.Review.ApproveAsync(application.Id, default)).Succeeded);
        Assert.False((await hq.Review.RejectAsync(application.Id, RejectionReason.All[0].Code, "مدارک کافی نیست و اصلاح نشد.", default)).Succeeded);
        Assert.False((await hq.DeclarationReview.AcceptAsync(declaration.Id, null, default)).Succeeded);
        Assert.False((await hq.DeclarationReview.SendBackAsync(declaration.Id, "ترازنامه را پیوست کنید.", default)).Succeeded);
        Assert.False((await hq.DeclarationReview.PlanInspectionAsync(declaration.Id, JalaliDate.Format(PersianToday()), null, default)).Succeeded);
        Assert.False((await hq.Supervision.AssignObserverAsync(assembly.Id, user.UserId!, default)).Succeeded);
        Assert.False((await hq.Supervision.WaiveAsync(assembly.Id, null, default)).Succeeded);
        Assert.False((await hq.StartDeclaration.HandleAsync(cooperative.Id, 1403, default)).Succeeded);

        await using var db = await DbAsync();
        Assert.Equal(ApplicationStatus.Submitted, (await db.FormationApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id)).Status);
        Assert.Equal(declaration.Status, (await db.SelfDeclarations.AsNoTracking().SingleAsync(d => d.Id == declaration.Id)).Status);
        Assert.Equal(assembly.Status, (await db.GeneralAssemblies.AsNoTracking().SingleAsync(a => a.Id == assembly.Id)).Status);
        Assert.Null((await db.GeneralAssemblies.AsNoTracking().SingleAsync(a => a.Id == assembly.Id)).ObserverUserId);
    }

    [Fact]
    public async Task By_URL_headquarters_open_the_statistics_the_compliance_list_and_the_card_and_no_office_workbench()
    {
        var (cooperative, _, _, _) = await SeedAsync();
        var session = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Headquarters));

        async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
        {
            using var response = await session.Http.GetAsync(new Uri(url, UriKind.Relative));
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var statistics = await GetAsync("/statistics");
        Assert.Equal(HttpStatusCode.OK, statistics.Status);
        Assert.Contains("id=\"stats-province\"", statistics.Html, StringComparison.Ordinal);
        Assert.Contains("کل کشور", statistics.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/statistics/export/csv?table=members&province={Province}")).Status);

        var compliance = await GetAsync("/office/compliance");
        Assert.Equal(HttpStatusCode.OK, compliance.Status);
        Assert.Contains("id=\"compliance-province\"", compliance.Html, StringComparison.Ordinal);

        var card = await GetAsync($"/cooperatives/{cooperative.Id}");
        Assert.Equal(HttpStatusCode.OK, card.Status);
        Assert.Contains(cooperative.Name, card.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"declaration-status-1402\"", card.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("declaration-open-", card.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("declaration-start-", card.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("general-assembly-start", card.Html, StringComparison.Ordinal);

        foreach (var workbench in new[] { $"/office/{Province}", "/office", "/office/declarations", "/office/general-assemblies", "/office/assemblies" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await GetAsync(workbench)).Status);
        }
    }
}
