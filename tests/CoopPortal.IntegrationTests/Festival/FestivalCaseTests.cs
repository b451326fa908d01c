using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Application.Festival.Certificate;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Application.Festival.Decide;
using CoopPortal.Application.Festival.GetFestival;
using CoopPortal.Application.Festival.Open;
using CoopPortal.Application.Festival.Publish;
using CoopPortal.Application.Festival.Shortlist;
using CoopPortal.Application.Festival.Standings;
using CoopPortal.Application.Festival.Winners;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Festival;

/// <summary>
/// The festival case on real PostgreSQL (issue 21, point 4): the office opens a province's festival, a reviewer
/// shortlists from the standings (the score kept), the head confirms the winners (a certificate of appreciation each,
/// once; the managers told) and the office publishes them; the public query shows only published winners. The head who
/// shortlisted does not confirm, nobody shortlists a cooperative they manage, and another province's staff find nothing.
/// Each test runs its own fiscal year (one festival per province and year), with cooperatives registered in 1380.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class FestivalCaseTests(PortalDatabaseFixture fixture)
{
    private static int _year = 1381;

    /// <summary>1405/04/10.</summary>
    private static readonly TimeProvider Summer = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));

    private static int NextYear() => Interlocked.Increment(ref _year);

    private T Get<T>()
        where T : notnull => fixture.Factory.Services.GetRequiredService<T>();

    private Task<AppDbContext> DbAsync() => Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private static PortalDatabaseFixture.FixedUser As(ICurrentUser user) => new PortalDatabaseFixture.FixedUser(user);

    private static PortalClock Clock => new(Summer);

    private FestivalStandingsQuery Standings(ICurrentUser user) => new(fixture.Reads, As(user), Get<IOptionsMonitor<FestivalWeights>>(), Get<IOptionsMonitor<SupervisionOptions>>());

    private OpenFestivalHandler Open(ICurrentUser user) => new(fixture.Db, As(user), Clock);

    private ShortlistHandler Shortlist(ICurrentUser user) => new(fixture.Db, As(user), Standings(user), Get<IOptionsMonitor<FestivalWeights>>(), Clock);

    private FestivalDecisionHandler Decide(ICurrentUser user) => new(fixture.Db, As(user), Clock);

    private PublishFestivalHandler Publish(ICurrentUser user) => new(fixture.Db, As(user), Clock);

    private GetFestivalHandler View(ICurrentUser user) => new(fixture.Db, As(user), Standings(user), Get<IStaffDirectory>(), Get<IOptionsMonitor<FestivalWeights>>());

    private PublicWinnersQuery Public => new(fixture.Reads);

    /// <summary>An active cooperative of Zanjan registered in 1380, of the first orientation, managed by <paramref name="manager"/>.</summary>
    private async Task<Guid> CooperativeAsync(string? manager = null)
    {
        await using var db = await DbAsync();
        var orientation = await db.Orientations.OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی برتر " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(), JalaliDate.Parse("1380/02/01")!.Value, null,
            PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId, null, 20, 900_000_000, manager ?? TestNationalCodes.Next(), "مدیرعامل آزمون", null), DateTime.UtcNow);
        db.Cooperatives.Add(cooperative);
        db.Entry(cooperative).Property(c => c.OrientationId).CurrentValue = orientation;
        await db.SaveChangesAsync();
        return cooperative.Id;
    }

    private async Task<(CurrentUserSnapshot Reviewer, CurrentUserSnapshot Head)> StaffAsync() =>
        (await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan), await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    private static void Ok(Result result) => Assert.True(result.Succeeded, result.Message);

    [Fact]
    public async Task A_reviewer_shortlists_with_the_score_kept_and_the_head_confirms_one_certificate_per_winner()
    {
        var year = NextYear();
        var (reviewer, head) = await StaffAsync();
        var winner = await CooperativeAsync();
        var other = await CooperativeAsync();
        var id = Ok(await Open(reviewer).HandleAsync(PortalDatabaseFixture.Zanjan, year, default));
        Assert.Equal(id, Ok(await Open(head).HandleAsync(PortalDatabaseFixture.Zanjan, year, default)));

        var opened = Ok(await View(reviewer).HandleAsync(id, default));
        Assert.NotNull(opened.Standings);
        Assert.Contains(opened.Standings!.Groups.SelectMany(g => g.Entries), e => e.CooperativeId == winner);
        Assert.Equal([FestivalAction.Shortlist, FestivalAction.Unlist, FestivalAction.SubmitShortlist], opened.Decisions);

        Ok(await Shortlist(reviewer).AddAsync(id, winner, "بهترین کارنامه گرایش", default));
        Ok(await Shortlist(reviewer).AddAsync(id, other, "دومین امتیاز", default));
        Ok(await Shortlist(reviewer).SubmitAsync(id, default));
        var submitted = Ok(await View(head).HandleAsync(id, default));
        var kept = submitted.Nominees.Single(n => n.CooperativeId == winner);
        Assert.Equal("بهترین کارنامه گرایش", kept.Reason);
        Assert.Equal(100, kept.Maximum);
        Assert.Null(submitted.Standings);
        Assert.Equal([FestivalAction.ConfirmWinners, FestivalAction.SendBack], submitted.Decisions);

        Ok(await Decide(head).ConfirmAsync(id, [winner], default));
        await using var db = await DbAsync();
        var certificate = Assert.Single(await db.AppreciationCertificates.Where(c => c.FestivalId == id).ToListAsync());
        Assert.Equal(winner, certificate.CooperativeId);
        Assert.Equal(Domain.Certificates.VerifiableDocumentKind.AppreciationCertificate, VerifiableDocumentKindOf(certificate));
        Assert.Equal(year, certificate.Content.FiscalYear);
        Assert.Equal("زنجان", certificate.Content.County);
        var festival = await db.Festivals.Include(f => f.Nominees).SingleAsync(f => f.Id == id);
        Assert.Equal(FestivalStatus.WinnersConfirmed, festival.Status);
        Assert.Equal([winner], festival.Nominees.Where(n => n.IsWinner).Select(n => n.CooperativeId));

        // The history's trigger keeps it append-only.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM festival_events WHERE \"FestivalId\" = {0}", id));

        // Once confirmed nothing takes another certificate: the table refuses a second confirmation.
        var again = await Decide(head).ConfirmAsync(id, [winner], default);
        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Equal(1, await db.AppreciationCertificates.CountAsync(c => c.FestivalId == id));

        // The statistics of the year after the fiscal year (issue 21 point 5): nominees and winners per county, the province's only.
        var statistics = Ok(await fixture.As(head).Dashboard.HandleAsync(null, year + 1, default));
        var line = Assert.Single(statistics.FestivalByCounty);
        Assert.Equal(((int?)fixture.ZanjanCountyId, 2, 1), (line.CountyId, line.Shortlisted, line.Winners));
        Assert.Equal([2L, 1L], DashboardTables.Festival(statistics.FestivalByCounty, "x").Total!.Skip(1).Cast<long>());
        var tehran = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran);
        Assert.Empty(Ok(await fixture.As(tehran).Dashboard.HandleAsync(null, year + 1, default)).FestivalByCounty);
    }

    private static Domain.Certificates.VerifiableDocumentKind VerifiableDocumentKindOf(AppreciationCertificate certificate) => certificate.Kind;

    [Fact]
    public async Task The_head_who_shortlisted_does_not_confirm_and_nobody_shortlists_a_cooperative_they_manage()
    {
        var year = NextYear();
        var (reviewer, head) = await StaffAsync();
        var both = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var reviewingHead = both with { Roles = new HashSet<string> { Roles.HeadOfOffice, Roles.Reviewer } };
        var managed = await CooperativeAsync(manager: reviewer.NationalCode);
        var cooperative = await CooperativeAsync();
        var id = Ok(await Open(reviewingHead).HandleAsync(PortalDatabaseFixture.Zanjan, year, default));

        var own = await Shortlist(reviewer).AddAsync(id, managed, "دلیل", default);
        Assert.Equal(FestivalCase.OwnCooperative, own.Message);
        var byHeadOnly = await Shortlist(head).AddAsync(id, cooperative, "دلیل", default);
        Assert.Equal(FestivalAccess.ReviewerOnly, byHeadOnly.Message);

        Ok(await Shortlist(reviewingHead).AddAsync(id, cooperative, "دلیل", default));
        Ok(await Shortlist(reviewer).SubmitAsync(id, default));
        var selfConfirm = await Decide(reviewingHead).ConfirmAsync(id, [cooperative], default);
        Assert.Equal(ErrorKind.Conflict, selfConfirm.Kind);
        Assert.Contains(selfConfirm.Message, new[] { SeparationOfDuties.EarlierStep, FestivalCase.OwnShortlist });
        Assert.Equal(FestivalAccess.HeadOnly, (await Decide(reviewer).ConfirmAsync(id, [cooperative], default)).Message);

        Ok(await Decide(head).SendBackAsync(id, "امتیازها دوباره بررسی شود", default));
        var back = Ok(await View(reviewer).HandleAsync(id, default));
        Assert.Equal(FestivalStatus.Shortlisting, back.Status);
        Assert.Equal("امتیازها دوباره بررسی شود", back.ReturnComment);
    }

    [Fact]
    public async Task Another_province_s_staff_find_nothing_headquarters_only_read_and_a_manager_sees_nothing()
    {
        var year = NextYear();
        var (reviewer, _) = await StaffAsync();
        var cooperative = await CooperativeAsync();
        var id = Ok(await Open(reviewer).HandleAsync(PortalDatabaseFixture.Zanjan, year, default));

        var neighbour = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);
        Assert.Equal(ErrorKind.NotFound, (await View(neighbour).HandleAsync(id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await Shortlist(neighbour).AddAsync(id, cooperative, "دلیل", default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await Open(neighbour).HandleAsync(PortalDatabaseFixture.Zanjan, year, default)).Kind);

        var headquarters = await fixture.NewUserAsync(Roles.Headquarters, PortalDatabaseFixture.Tehran);
        var read = Ok(await View(headquarters).HandleAsync(id, default));
        Assert.Empty(read.Decisions);
        Assert.Equal(FestivalAccess.StaffOnly, (await Shortlist(headquarters).AddAsync(id, cooperative, "دلیل", default)).Message);

        var manager = await fixture.NewUserAsync();
        Assert.Equal(ErrorKind.NotFound, (await View(manager).HandleAsync(id, default)).Kind);
    }

    [Fact]
    public async Task Only_an_active_entrant_is_shortlisted()
    {
        var year = NextYear();
        var (reviewer, _) = await StaffAsync();
        var dormant = await CooperativeAsync();
        await using (var db = await DbAsync())
        {
            var row = await db.Cooperatives.Include(c => c.StatusEvents).SingleAsync(c => c.Id == dormant);
            row.ChangeStatus(CooperativeStatusAction.OpenDormancyCase, "festival-office", null, null, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var id = Ok(await Open(reviewer).HandleAsync(PortalDatabaseFixture.Zanjan, year, default));
        Assert.Equal(ShortlistHandler.NotAnEntrant, (await Shortlist(reviewer).AddAsync(id, dormant, "دلیل", default)).Message);
    }

    [Fact]
    public async Task The_public_query_shows_only_published_winners_with_orientation_and_county()
    {
        var year = NextYear();
        var (reviewer, head) = await StaffAsync();
        var winner = await CooperativeAsync();
        var nominee = await CooperativeAsync();
        var id = Ok(await Open(reviewer).HandleAsync(PortalDatabaseFixture.Zanjan, year, default));
        Ok(await Shortlist(reviewer).AddAsync(id, winner, "دلیل", default));
        Ok(await Shortlist(reviewer).AddAsync(id, nominee, "دلیل", default));
        Ok(await Shortlist(reviewer).SubmitAsync(id, default));
        Ok(await Decide(head).ConfirmAsync(id, [winner], default));

        var before = await Public.HandleAsync(year, PortalDatabaseFixture.Zanjan, default);
        Assert.DoesNotContain(year, before.Years);
        Assert.NotEqual(year, before.Year);

        Ok(await Publish(reviewer).HandleAsync(id, default));
        var after = await Public.HandleAsync(year, PortalDatabaseFixture.Zanjan, default);
        Assert.Equal(year, after.Year);
        var province = Assert.Single(after.Groups);
        var shown = Assert.Single(province.Winners);
        await using var db = await DbAsync();
        var name = await db.Cooperatives.Where(c => c.Id == winner).Select(c => c.Name).SingleAsync();
        Assert.Equal(name, shown.Cooperative);
        Assert.Equal("زنجان", shown.County);
        Assert.False(string.IsNullOrEmpty(shown.Orientation));
        Assert.Empty((await Public.HandleAsync(year, PortalDatabaseFixture.Tehran, default)).Groups);
    }

    [Fact]
    public async Task The_certificate_is_printed_once_and_its_managers_download_it()
    {
        var year = NextYear();
        var (reviewer, head) = await StaffAsync();
        var manager = await fixture.NewUserAsync();
        var winner = await CooperativeAsync(manager: manager.NationalCode);
        var id = Ok(await Open(reviewer).HandleAsync(PortalDatabaseFixture.Zanjan, year, default));
        Ok(await Shortlist(reviewer).AddAsync(id, winner, "دلیل", default));
        Ok(await Shortlist(reviewer).SubmitAsync(id, default));
        Ok(await Decide(head).ConfirmAsync(id, [winner], default));

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var printer = scope.ServiceProvider.GetRequiredService<AppreciationCertificatePrinter>();
        var certificates = new AppreciationCertificatesQuery(fixture.Db, As(manager));
        var mine = Assert.Single(await certificates.HandleAsync(winner, default));
        var download = new DownloadAppreciationCertificateHandler(fixture.Db, As(manager), printer);
        var first = Ok(await download.HandleAsync(mine.Id, default));
        var second = Ok(await download.HandleAsync(mine.Id, default));
        Assert.Equal(first.Content, second.Content);
        var text = PdfInspection.Text(first.Content!);
        Assert.Contains("لوح تقدیر", text, StringComparison.Ordinal);

        var stranger = await fixture.NewUserAsync();
        Assert.Empty(await new AppreciationCertificatesQuery(fixture.Db, As(stranger)).HandleAsync(winner, default));
        Assert.Equal(ErrorKind.NotFound, (await new DownloadAppreciationCertificateHandler(fixture.Db, As(stranger), printer).HandleAsync(mine.Id, default)).Kind);

        await using var db = await DbAsync();
        Assert.Contains(await db.Notifications.Where(n => n.Link == $"cooperatives/{winner}").ToListAsync(), n => n.Title == "برگزیده جشنواره تعاونی‌های برتر");
    }
}
