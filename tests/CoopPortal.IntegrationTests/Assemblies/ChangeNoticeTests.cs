using CoopPortal.Application.Assemblies.ChangeNotice;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.GetGeneralAssembly;
using CoopPortal.Application.Assemblies.ReviewMinutes;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Assemblies;

/// <summary>
/// The registry-change notice (آگهی تغییرات, issue 19 point 4) on real PostgreSQL and the real PDF engine: issued once in
/// the confirmation's save when the assembly changed the registry, printed in Persian with its QR code opening the
/// public check, downloaded by the cooperative's managers and the province's office only, and answered at /verify.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ChangeNoticeTests(PortalDatabaseFixture fixture)
{
    /// <summary>1405/03/11, when the notice of the meeting is published; the meeting is on 1405/03/30.</summary>
    private static readonly DateTime Before = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>1405/04/04, after the meeting.</summary>
    private static readonly TimeProvider After = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 6, 25, 8, 0, 0, TimeSpan.Zero));

    private static readonly DateOnly MeetingOn = J("1405/03/30");

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private sealed class As(PortalDatabaseFixture fixture, ICurrentUser user)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);
        private readonly IServiceProvider _services = fixture.Factory.Services;

        private static PortalClock Clock => new(After);

        private DocumentPrinter Printer => new(_services.GetRequiredService<IDocumentTemplates>(), _services.GetRequiredService<IPdfRenderer>());

        public MinutesReviewHandler Review => new(
            fixture.Db, _current, _services.GetRequiredService<IOptionsMonitor<RegistryRules>>(),
            _services.GetRequiredService<IOptionsMonitor<Domain.Liquidation.LiquidationRules>>(), _services.GetRequiredService<ChangeNoticeIssuer>(), Clock);

        public DownloadChangeNoticeHandler Download => new(
            fixture.Db, _current, new ChangeNoticePrinter(fixture.Db, Printer, _services.GetRequiredService<IOptions<PortalOptions>>(), TimeProvider.System));

        public GetGeneralAssemblyHandler Get => new(fixture.Db, _current, new GeneralAssemblyViews(
            _services.GetRequiredService<IAssemblyRulesProvider>(), _services.GetRequiredService<IStaffDirectory>(), Clock));
    }

    private sealed record Confirmable(Guid AssemblyId, Guid CooperativeId, string CooperativeName, CurrentUserSnapshot Manager, IReadOnlyList<ElectedOfficer> Elected);

    private async Task<AppDbContext> DbAsync() => await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>
    /// A Zanjan cooperative (its CEO the manager, a board whose term has ended) and its ordinary assembly of 1405/03/30,
    /// taken through its own steps to the minutes the office decides: electing a new board and an inspector when
    /// <paramref name="elects"/>, else approving the statements only (and then unsupervised).
    /// </summary>
    private async Task<Confirmable> MinutesToDecideAsync(bool elects)
    {
        var manager = await fixture.NewUserAsync(Roles.CooperativeManager);
        var name = "تعاونی آگهی تغییرات " + Guid.NewGuid().ToString("N")[..6];
        var cooperative = Cooperative.Import(new ImportedCooperative(name, TestNumbers.RegistrationNumber(), J("1399/01/15"), null,
            PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId, null, 20, 900_000_000, manager.NationalCode!, "مدیرعامل آزمون", null), Before);
        cooperative.ReplaceOfficers([
            new OfficerEntry(OfficerRole.Ceo, "مدیرعامل آزمون", manager.NationalCode!),
            .. Enumerable.Range(0, 3).Select(i => new OfficerEntry(OfficerRole.BoardMember, "عضو پیشین " + (i + 1), PortalDatabaseFixture.NewNationalCode(), J("1402/02/01"), J("1405/01/31")))]);

        var assembly = GeneralAssembly.Start(cooperative, manager.UserId!, GeneralAssemblyKind.Ordinary, Before);
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.Ordinary, MeetingOn, new TimeOnly(16, 30), "زنجان، خیابان سعدی، سالن تعاونی", null,
            "از اعضای محترم دعوت می‌شود در مجمع عمومی عادی سالانه حاضر شوند."), Before);
        List<AgendaItem> agenda = elects
            ? [new(AgendaItemKind.ApproveFinancialStatements), new(AgendaItemKind.ElectBoard), new(AgendaItemKind.ElectInspectors)]
            : [new(AgendaItemKind.ApproveFinancialStatements)];
        assembly.SetAgenda(agenda, Before);
        assembly.Announce(J("1405/03/11"), AssemblyRules.Default, Before);
        List<ElectedOfficer> elected = elects
            ? [new(OfficerRole.BoardMember, "علی منتخب", PortalDatabaseFixture.NewNationalCode(), 11), new(OfficerRole.BoardMember, "مریم منتخب", PortalDatabaseFixture.NewNationalCode(), 10),
               new(OfficerRole.BoardMember, "حسین منتخب", PortalDatabaseFixture.NewNationalCode(), 9), new(OfficerRole.Inspector, "زهرا منتخب", PortalDatabaseFixture.NewNationalCode(), 12)]
            : [];
        var observer = elects ? (await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan)).UserId! : string.Empty;
        if (elects)
        {
            assembly.AssignObserver("head", observer, "ناظر آزمون", Before);
        }
        else
        {
            assembly.WaiveSupervision("head", "مجمع تنها صورت‌های مالی را تصویب می‌کند.", [], Before);
        }

        var held = After.GetUtcNow().UtcDateTime;
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 14, 1), held);
        assembly.RecordResolutions(agenda.Select((_, i) => new Resolution(i, true, 12, 1)), held);
        assembly.RecordElected(elected, held);
        assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 100, "aa", "key-minutes", held);
        assembly.SubmitMinutes(new MinutesContext(J("1405/04/04"), RegistryRules.Default, AssemblyRules.Default, elected.Select(o => (o.Role, o.NationalCode)).ToList()), held);
        if (elects)
        {
            assembly.ObserverConfirm(observer, null, held);
        }

        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync();
        return new Confirmable(assembly.Id, cooperative.Id, name, manager, elected);
    }

    private async Task<As> ZanjanAsync(string role) => new(fixture, await fixture.NewUserAsync(role, PortalDatabaseFixture.Zanjan));

    [Fact]
    public async Task Confirming_an_election_issues_one_notice_whose_pdf_lists_the_changes_in_persian_and_whose_qr_opens_its_verification()
    {
        var minutes = await MinutesToDecideAsync(elects: true);
        var reviewer = await ZanjanAsync(Roles.Reviewer);
        var confirmed = await reviewer.Review.ConfirmAsync(minutes.AssemblyId, default);
        Assert.True(confirmed.Succeeded, confirmed.Message);
        Assert.False((await (await ZanjanAsync(Roles.Reviewer)).Review.ConfirmAsync(minutes.AssemblyId, default)).Succeeded);

        await using var db = await DbAsync();
        var notice = Assert.Single(await db.RegistryChangeNotices.AsNoTracking().Where(n => n.AssemblyId == minutes.AssemblyId).ToListAsync());
        Assert.Equal((minutes.CooperativeId, PortalDatabaseFixture.Zanjan), (notice.CooperativeId, notice.ProvinceId));
        Assert.Matches(@"^\d{4}/14/\d{5}$", notice.Number);
        Assert.Equal(minutes.Elected.Select(o => o.NationalCode).Order(), notice.Content.NewOfficers.Select(o => o.NationalCode).Order());
        Assert.Equal(3, notice.Content.ReplacedOfficers.Count);
        Assert.All(notice.Content.NewOfficers, o => Assert.Equal(MeetingOn, o.TermStartsOn));

        var manager = new As(fixture, minutes.Manager);
        var view = (await manager.Get.HandleAsync(minutes.AssemblyId, default)).Value!;
        Assert.Equal(notice.Number, view.ChangeNoticeNumber);

        var download = await manager.Download.HandleAsync(minutes.AssemblyId, default);
        Assert.True(download.Succeeded, download.Message);
        Assert.StartsWith("registry-change-notice-", download.Value!.FileName, StringComparison.Ordinal);
        var pdf = download.Value.Content!;
        var text = PdfInspection.Text(pdf);
        Assert.Contains("آگهی تغییرات تعاونی", text, StringComparison.Ordinal);
        Assert.Contains(minutes.CooperativeName, text, StringComparison.Ordinal);
        Assert.Contains(PersianFormat.LongDate(MeetingOn), text, StringComparison.Ordinal);
        Assert.Contains("علی منتخب", text, StringComparison.Ordinal);
        Assert.Contains("عضو پیشین", text, StringComparison.Ordinal);
        Assert.Contains(PersianFormat.Date(J("1408/03/29")), text, StringComparison.Ordinal); // the new board's term ends three years on
        Assert.Contains(notice.Number, text, StringComparison.Ordinal); // a code: Latin digits (docs/glossary.md)
        Assert.Empty(Glossary.Check(text));
        Assert.True(PdfInspection.HasJoinedLetters(pdf), "Persian letters were not printed in their joined forms.");
        var url = fixture.Factory.Services.GetRequiredService<IOptions<PortalOptions>>().Value.VerificationUrl(notice.VerificationCode);
        Assert.Equal([url], PdfInspection.QrCodes(PdfInspection.FirstPageToPng(pdf, "registry-change-notice")));

        // Printed once: the next download is the same document.
        var again = await (await ZanjanAsync(Roles.HeadOfOffice)).Download.HandleAsync(minutes.AssemblyId, default);
        Assert.Equal(pdf, again.Value!.Content);

        // The public check answers for the notice, with its changes in short, and is logged like a certificate's.
        var verify = new VerifyCertificateHandler(fixture.Db, fixture.Factory.Services.GetRequiredService<IVerificationLog>(), TimeProvider.System);
        var result = await verify.HandleAsync(notice.VerificationCode, "203.0.113.9", "test", default);
        Assert.NotNull(result);
        Assert.Equal((VerifiableDocumentKind.RegistryChangeNotice, minutes.CooperativeName, notice.Number, false), (result.Kind, result.CooperativeName, result.Number, result.IsRevoked));
        Assert.Equal(("مجمع عمومی عادی سالانه", MeetingOn), (result.Notice!.AssemblyKind, result.Notice.MeetingOn));
        Assert.Equal(["هیئت مدیره تازه: ۳ عضو اصلی، دوره تا ۱۴۰۸/۰۳/۲۹", "بازرسان تازه: ۱ بازرس اصلی، دوره تا ۱۴۰۶/۰۳/۲۹"], result.Notice.Changes);
        await fixture.Factory.Services.GetRequiredService<Infrastructure.Certificates.VerificationLog>().FlushAsync();
        Assert.Equal(VerifiableDocumentKind.RegistryChangeNotice, (await db.VerificationChecks.AsNoTracking().SingleAsync(v => v.DocumentId == notice.Id)).DocumentKind);
    }

    [Fact]
    public async Task The_notice_is_for_the_managers_and_the_province_office_and_not_found_for_anyone_else()
    {
        var minutes = await MinutesToDecideAsync(elects: true);
        Assert.True((await (await ZanjanAsync(Roles.HeadOfOffice)).Review.ConfirmAsync(minutes.AssemblyId, default)).Succeeded);

        var allowed = new[]
        {
            new As(fixture, minutes.Manager),
            await ZanjanAsync(Roles.Reviewer),
            await ZanjanAsync(Roles.HeadOfOffice),
            new As(fixture, await fixture.NewUserAsync(Roles.Admin)),
        };
        foreach (var who in allowed)
        {
            var download = await who.Download.HandleAsync(minutes.AssemblyId, default);
            Assert.True(download.Succeeded, download.Message);
        }

        // Another cooperative's manager, the staff of another province, a candidate elected at this very assembly (not a
        // manager: an inspector), anyone signed in, and no one.
        var otherCooperative = await MinutesToDecideAsync(elects: false);
        var elected = minutes.Elected.Single(o => o.Role == OfficerRole.Inspector);
        var refused = new[]
        {
            new As(fixture, otherCooperative.Manager),
            new As(fixture, await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran)),
            new As(fixture, await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran)),
            new As(fixture, await fixture.NewUserAsync(nationalCode: elected.NationalCode)),
            new As(fixture, await fixture.NewUserAsync()),
            new As(fixture, CurrentUserSnapshot.Anonymous),
        };
        foreach (var who in refused)
        {
            Assert.Equal(ErrorKind.NotFound, (await who.Download.HandleAsync(minutes.AssemblyId, default)).Kind);
        }
    }

    [Fact]
    public async Task Minutes_that_change_nothing_in_the_registry_issue_no_notice()
    {
        var minutes = await MinutesToDecideAsync(elects: false);
        var reviewer = await ZanjanAsync(Roles.Reviewer);
        Assert.True((await reviewer.Review.ConfirmAsync(minutes.AssemblyId, default)).Succeeded);

        await using var db = await DbAsync();
        Assert.False(await db.RegistryChangeNotices.AnyAsync(n => n.AssemblyId == minutes.AssemblyId));
        var view = (await new As(fixture, minutes.Manager).Get.HandleAsync(minutes.AssemblyId, default)).Value!;
        Assert.Equal(GeneralAssemblyStatus.Confirmed, view.Status);
        Assert.False(view.HasChangeNotice);
        Assert.Equal(ErrorKind.NotFound, (await reviewer.Download.HandleAsync(minutes.AssemblyId, default)).Kind);
    }

    [Fact]
    public async Task Over_http_the_manager_downloads_the_stored_pdf_another_manager_gets_404_and_the_public_page_shows_the_notice()
    {
        var minutes = await MinutesToDecideAsync(elects: true);
        Assert.True((await (await ZanjanAsync(Roles.Reviewer)).Review.ConfirmAsync(minutes.AssemblyId, default)).Succeeded);
        await using var db = await DbAsync();
        var notice = await db.RegistryChangeNotices.AsNoTracking().SingleAsync(n => n.AssemblyId == minutes.AssemblyId);
        var path = $"/general-assemblies/{minutes.AssemblyId}/change-notice.pdf";

        var manager = await fixture.SignedInClientAsync(minutes.Manager);
        using (var pdf = await manager.Http.GetAsync(new Uri(path, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), pdf.Headers.GetValues("X-Content-SHA256").Single());
        }

        var other = await fixture.SignedInClientAsync((await MinutesToDecideAsync(elects: false)).Manager);
        using (var refused = await other.Http.GetAsync(new Uri(path, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using var anonymous = fixture.Factory.CreateClient();
        using var page = await anonymous.GetAsync(new Uri("/verify/" + notice.VerificationCode, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-state=\"valid\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"RegistryChangeNotice\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"notice-changes\"", html, StringComparison.Ordinal);
        Assert.Contains("هیئت مدیره تازه", html, StringComparison.Ordinal);
        Assert.DoesNotContain("علی منتخب", html, StringComparison.Ordinal); // no one's name on the public page
    }
}
