using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.Documents;
using CoopPortal.Application.Inspection.GetReport;
using CoopPortal.Application.Inspection.MyInspections;
using CoopPortal.Application.Inspection.SaveReport;
using CoopPortal.Application.Inspection.StartReport;
using CoopPortal.Application.Inspection.SubmitReport;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.IntegrationTests.Supervision;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Inspection;

/// <summary>
/// Cooperative inspectors on a real database (issue 20, point 3): the Inspector role comes with a proven national code
/// and a term covering today and goes with the term; an inspector files, signs and can no longer change their report;
/// the managers and the office of the province read it, the declaration of the year reads it (R04); anyone else is told
/// it does not exist.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class InspectorReportTests(PortalDatabaseFixture fixture)
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>The tests' today: 1405/03/10, inside the inspector's term (1405/02/20 to 1406/02/20); the report's year is 1404.</summary>
    private static readonly DateOnly Today = J("1405/03/10");

    private static PortalDatabaseFixture.FixedClock ClockOn(DateOnly day) => new PortalDatabaseFixture.FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));

    private static readonly TimeProvider Clock = ClockOn(Today);

    private static InspectorReportForm Complete => new(
        true, null, "5,000,000,000", "2,000,000,000", "3,000,000,000", "-150,000,000", null, true, null, true, null,
        ["موجودی انبار در پایان سال شمارش نشده است."], InspectorOpinion.Qualified, "محدودیت رسیدگی به موجودی انبار.");

    private sealed record Coop(Guid Id, CurrentUserSnapshot Manager, CurrentUserSnapshot Inspector);

    /// <summary>An imported Zanjan cooperative with a manager's account and an inspector's account (proven codes), the term covering today.</summary>
    private async Task<Coop> CooperativeAsync(CurrentUserSnapshot? inspector = null, int province = PortalDatabaseFixture.Zanjan)
    {
        var manager = await fixture.NewUserAsync();
        inspector ??= await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی بازرسی " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            J("1400/01/15"), null, province, null, null, 30, 500_000_000, manager.NationalCode!, "مدیر آزمون", null), DateTime.UtcNow);
        cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Inspector, "زهرا بازرسی", inspector.NationalCode!, J("1405/02/20"), J("1406/02/20"))]);
        await using var db = await NewDbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return new Coop(cooperative.Id, manager, inspector);
    }

    private Task<AppDbContext> NewDbAsync() =>
        fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private sealed class Inspection(PortalDatabaseFixture fixture, ICurrentUser user, TimeProvider clock)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);
        private PortalClock Portal => new(clock);

        public MyInspectionsQuery Mine => new(fixture.Db, _current, Portal);
        public StartInspectorReportHandler Start => new(fixture.Db, _current, Portal);
        public GetInspectorReportHandler Get => new(fixture.Db, _current, Portal);
        public SaveInspectorReportHandler Save => new(fixture.Db, _current, Portal);
        public SubmitInspectorReportHandler Submit => new(fixture.Db, _current, Portal);

        public InspectorReportDocumentHandler Document => new(fixture.Db, _current, new DocumentPrinter(
            fixture.Factory.Services.GetRequiredService<IDocumentTemplates>(), fixture.Factory.Services.GetRequiredService<IPdfRenderer>()), clock);
    }

    private Inspection As(ICurrentUser user, TimeProvider? clock = null) => new(fixture, user, clock ?? Clock);

    private static async Task<Guid> StartedAsync(Coop coop, Inspection inspector)
    {
        var started = await inspector.Start.HandleAsync(coop.Id, default);
        Assert.True(started.Succeeded, started.Message);
        return started.Value;
    }

    private static async Task<Guid> SubmittedAsync(Coop coop, Inspection inspector)
    {
        var id = await StartedAsync(coop, inspector);
        var saved = await inspector.Save.HandleAsync(id, Complete, default);
        Assert.True(saved.Succeeded, saved.Message);
        var submitted = await inspector.Submit.HandleAsync(id, default);
        Assert.True(submitted.Succeeded, submitted.Message);
        return id;
    }

    private CurrentUserReader ReaderOn(DateOnly day) =>
        new(fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), ClockOn(day),
            fixture.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CoopPortal.Application.Common.Security.OfficeRules>>());

    [Fact]
    public async Task The_role_comes_with_a_proven_code_in_the_term_and_goes_with_the_term()
    {
        var coop = await CooperativeAsync();
        Assert.Contains(Roles.Inspector, (await ReaderOn(Today).ReadAsync(coop.Inspector.UserId!, default)).Roles);
        Assert.Contains(Roles.Inspector, (await ReaderOn(J("1406/02/20")).ReadAsync(coop.Inspector.UserId!, default)).Roles);
        Assert.DoesNotContain(Roles.Inspector, (await ReaderOn(J("1406/02/21")).ReadAsync(coop.Inspector.UserId!, default)).Roles);
        Assert.DoesNotContain(Roles.Inspector, (await ReaderOn(J("1405/02/19")).ReadAsync(coop.Inspector.UserId!, default)).Roles);
        Assert.DoesNotContain(Roles.Inspector, (await ReaderOn(Today).ReadAsync(coop.Manager.UserId!, default)).Roles);

        // After the term the cooperative is no longer theirs to report on.
        Assert.Equal(ErrorKind.NotFound, (await As(coop.Inspector, ClockOn(J("1406/02/21"))).Start.HandleAsync(coop.Id, default)).Kind);
        Assert.Empty(await As(coop.Inspector, ClockOn(J("1406/02/21"))).Mine.HandleAsync(default));
    }

    [Fact]
    public async Task An_unproven_code_gets_neither_the_role_nor_the_cooperative()
    {
        var (unproven, _) = await fixture.NewUnprovenUserAsync();
        var coop = await CooperativeAsync(inspector: unproven with { NationalCode = unproven.ClaimedNationalCode });
        var read = await ReaderOn(Today).ReadAsync(unproven.UserId!, default);
        Assert.DoesNotContain(Roles.Inspector, read.Roles);
        Assert.Empty(await As(read).Mine.HandleAsync(default));
        Assert.Equal(ErrorKind.NotFound, (await As(read).Start.HandleAsync(coop.Id, default)).Kind);
    }

    [Fact]
    public async Task A_report_is_filed_signed_and_then_nobody_changes_it()
    {
        var coop = await CooperativeAsync();
        var inspector = As(coop.Inspector);
        var listed = Assert.Single(await inspector.Mine.HandleAsync(default));
        Assert.Equal((coop.Id, 1404, (InspectorReportStatus?)null), (listed.CooperativeId, listed.FiscalYear, listed.ReportStatus));

        var id = await StartedAsync(coop, inspector);
        Assert.Equal(id, await StartedAsync(coop, inspector)); // the year's report, not a second
        var draft = (await inspector.Get.HandleAsync(id, default)).Value!;
        Assert.True(draft.CanEdit);
        Assert.Contains(draft.Problems, p => p.Message == InspectorReportRules.BooksMissing);
        Assert.Equal(ErrorKind.Validation, (await inspector.Submit.HandleAsync(id, default)).Kind);

        var badAmount = await inspector.Save.HandleAsync(id, Complete with { Equity = "سه میلیارد" }, default);
        Assert.Equal(SaveInspectorReportHandler.BadAmount, Assert.Single(badAmount.Errors["Equity"]));
        Assert.True((await inspector.Save.HandleAsync(id, Complete, default)).Succeeded);
        Assert.Equal(-150_000_000, (await inspector.Get.HandleAsync(id, default)).Value!.Content.NetProfitOrLoss);
        Assert.True((await inspector.Submit.HandleAsync(id, default)).Succeeded);

        var sent = (await inspector.Get.HandleAsync(id, default)).Value!;
        Assert.Equal(InspectorReportStatus.Submitted, sent.Status);
        Assert.False(sent.CanEdit);
        Assert.Empty(sent.Actions);
        Assert.Equal(ErrorKind.Conflict, (await inspector.Save.HandleAsync(id, Complete with { BooksKept = false }, default)).Kind);
        Assert.Equal(ErrorKind.Conflict, (await inspector.Submit.HandleAsync(id, default)).Kind);
        Assert.Equal(InspectorReportStatus.Submitted, Assert.Single(await inspector.Mine.HandleAsync(default)).ReportStatus);

        // The managers read it and cannot change it.
        var manager = As(coop.Manager);
        var seen = await manager.Get.HandleAsync(id, default);
        Assert.True(seen.Succeeded);
        Assert.False(seen.Value!.CanEdit);
        Assert.Empty(seen.Value.Actions);
        Assert.Equal(ErrorKind.NotFound, (await manager.Save.HandleAsync(id, Complete with { BooksKept = false }, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await manager.Submit.HandleAsync(id, default)).Kind);
        Assert.True((await inspector.Get.HandleAsync(id, default)).Value!.Content.BooksKept);

        // Its history is append-only.
        await using var db = await NewDbAsync();
        Assert.Equal(1, await db.Set<InspectorReportEvent>().CountAsync(e => EF.Property<Guid>(e, "ReportId") == id));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM inspector_report_events WHERE \"ReportId\" = {id}"));
    }

    [Fact]
    public async Task Only_its_author_sees_a_draft_and_only_the_cooperative_and_its_province_see_a_sent_report()
    {
        var coop = await CooperativeAsync();
        var other = await CooperativeAsync();
        var zanjanReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var tehranReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);
        var id = await StartedAsync(coop, As(coop.Inspector));
        foreach (var outsider in new ICurrentUser[] { coop.Manager, zanjanReviewer, other.Inspector, CurrentUserSnapshot.Anonymous })
        {
            Assert.Equal(ErrorKind.NotFound, (await As(outsider).Get.HandleAsync(id, default)).Kind);
        }

        Assert.True((await As(coop.Inspector).Save.HandleAsync(id, Complete, default)).Succeeded);
        Assert.True((await As(coop.Inspector).Submit.HandleAsync(id, default)).Succeeded);
        foreach (var reader in new ICurrentUser[] { coop.Inspector, coop.Manager, zanjanReviewer })
        {
            Assert.True((await As(reader).Get.HandleAsync(id, default)).Succeeded);
            Assert.NotNull(await As(reader).Document.BuildAsync(id, default));
        }

        foreach (var outsider in new ICurrentUser[] { tehranReviewer, other.Inspector, other.Manager, CurrentUserSnapshot.Anonymous })
        {
            Assert.Equal(ErrorKind.NotFound, (await As(outsider).Get.HandleAsync(id, default)).Kind);
            Assert.Null(await As(outsider).Document.BuildAsync(id, default));
            Assert.Equal(ErrorKind.NotFound, (await As(outsider).Save.HandleAsync(id, Complete, default)).Kind);
        }

        // Another cooperative's inspector does not start a report on this one.
        Assert.Equal(ErrorKind.NotFound, (await As(other.Inspector).Start.HandleAsync(coop.Id, default)).Kind);
    }

    [Fact]
    public async Task Two_sends_at_once_take_one_step()
    {
        var coop = await CooperativeAsync();
        var inspector = As(coop.Inspector);
        var id = await StartedAsync(coop, inspector);
        Assert.True((await inspector.Save.HandleAsync(id, Complete, default)).Succeeded);
        var results = await Task.WhenAll(inspector.Submit.HandleAsync(id, default), inspector.Submit.HandleAsync(id, default));
        Assert.Single(results, r => r.Succeeded);
        await using var db = await NewDbAsync();
        Assert.Equal(1, await db.Set<InspectorReportEvent>().CountAsync(e => EF.Property<Guid>(e, "ReportId") == id));
    }

    [Fact]
    public async Task An_inspector_who_manages_the_cooperative_does_not_report_on_it()
    {
        // A manager of one cooperative may inspect another.
        var coop = await CooperativeAsync();
        var elsewhere = await CooperativeAsync(inspector: coop.Manager);
        Assert.True((await As(coop.Manager).Start.HandleAsync(elsewhere.Id, default)).Succeeded);

        // Not the one they manage (E02).
        var conflicted = await CooperativeAsync();
        await using (var db = await NewDbAsync())
        {
            var row = await db.Cooperatives.Include(c => c.Officers).Include(c => c.Managers).SingleAsync(c => c.Id == conflicted.Id);
            row.ReplaceOfficers([new OfficerEntry(OfficerRole.Inspector, "مدیر آزمون", conflicted.Manager.NationalCode!, J("1405/02/20"), J("1406/02/20"))]);
            await db.SaveChangesAsync();
        }

        var refused = await As(conflicted.Manager).Start.HandleAsync(conflicted.Id, default);
        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Equal(InspectorReport.ConflictingPost, refused.Message);
        Assert.True(Assert.Single(await As(conflicted.Manager).Mine.HandleAsync(default)).HasConflictingPost);
    }

    [Fact]
    public async Task The_declaration_of_the_year_shows_the_signed_report_and_R04_reads_it()
    {
        var coop = await CooperativeAsync();
        var reportId = await SubmittedAsync(coop, As(coop.Inspector));
        var manager = fixture.As(coop.Manager, Clock);
        var declarationId = await DeclarationFiling.FileAsync(manager, coop.Id, 1404, DeclarationFiling.Content(), report: false);
        var view = (await manager.GetDeclaration.HandleAsync(declarationId, default)).Value!;
        var shown = Assert.Single(view.FiledInspectorReports);
        Assert.Equal((reportId, InspectorOpinion.Qualified, 1), (shown.Id, shown.Opinion, shown.FindingsCount));
        Assert.DoesNotContain(view.Risk!.Findings, f => f.RuleId == "R04");

        // Without a report in the portal nor a scan, R04 fires.
        var bare = await CooperativeAsync();
        var bareManager = fixture.As(bare.Manager, Clock);
        var bareId = await DeclarationFiling.FileAsync(bareManager, bare.Id, 1404, DeclarationFiling.Content(), report: false);
        var bareView = (await bareManager.GetDeclaration.HandleAsync(bareId, default)).Value!;
        Assert.Empty(bareView.FiledInspectorReports);
        Assert.Equal(Domain.Supervision.RiskRules.NoInspectorReport, Assert.Single(bareView.Risk!.Findings, f => f.RuleId == "R04").Evidence);
    }

    [Fact]
    public async Task The_sent_report_prints_as_a_pdf()
    {
        var coop = await CooperativeAsync();
        var id = await SubmittedAsync(coop, As(coop.Inspector));
        var pdf = await As(coop.Manager).Document.PdfAsync(id, default);
        Assert.True(pdf.Succeeded, pdf.Message);
        Assert.Equal("%PDF"u8.ToArray(), pdf.Value![..4]);
        var html = await fixture.Factory.Services.GetRequiredService<IDocumentTemplates>()
            .RenderHtmlAsync((await As(coop.Manager).Document.BuildAsync(id, default))!, DocumentMedia.Screen, default);
        Assert.Contains("مشروط", html, StringComparison.Ordinal);
        Assert.Contains("موجودی انبار در پایان سال شمارش نشده است.", html, StringComparison.Ordinal);
    }
}
