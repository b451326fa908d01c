using CoopPortal.Application.Assemblies.ChangeNotice;
using CoopPortal.Application.Assemblies.ReviewMinutes;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Decide;
using CoopPortal.Application.Liquidation.FileReport;
using CoopPortal.Application.Liquidation.GetLiquidation;
using CoopPortal.Application.Liquidation.MyLiquidations;
using CoopPortal.Application.Liquidation.Queue;
using CoopPortal.Application.Liquidation.ReportFiles;
using CoopPortal.Application.Liquidation.Start;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Liquidation;

/// <summary>
/// Liquidation on a real database (issue 21, point 2): confirming an extraordinary assembly that adopted the dissolution
/// puts the cooperative in liquidation and starts the case in one transaction; the office starts one for a dissolved
/// cooperative; only a liquidator files (anyone else: not found), another province's staff get not found, the head who
/// started does not strike off, and a struck-off cooperative is final, says so on its card and starts no declaration.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class LiquidationTests(PortalDatabaseFixture fixture)
{
    /// <summary>1405/04/04, a few days after the assembly of 1405/03/30.</summary>
    private static readonly TimeProvider Clock = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 6, 25, 8, 0, 0, TimeSpan.Zero));

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private sealed class As(PortalDatabaseFixture fixture, ICurrentUser user)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);
        private readonly IServiceProvider _services = fixture.Factory.Services;

        private static PortalClock Time => new(Clock);

        private IOptionsMonitor<LiquidationRules> Rules => _services.GetRequiredService<IOptionsMonitor<LiquidationRules>>();

        private IStaffDirectory Staff => _services.GetRequiredService<IStaffDirectory>();

        public MinutesReviewHandler Minutes => new(
            fixture.Db, _current, _services.GetRequiredService<IOptionsMonitor<RegistryRules>>(), Rules, _services.GetRequiredService<ChangeNoticeIssuer>(), Time);

        public StartLiquidationHandler Start => new(fixture.Db, _current, Rules, Time);

        public FileLiquidationReportHandler Report => new(fixture.Db, _current, Rules, Time);

        public LiquidationFilesHandler Files => new(fixture.Db, _current, fixture.As(user).Files, Time);

        public GetLiquidationHandler Get => new(fixture.Db, _current, Rules, Staff, Time);

        public DecideLiquidationHandler Decide => new(fixture.Db, _current, Time);

        public LiquidationQueueQuery Queue => new(fixture.Db, _current);

        public MyLiquidationsQuery Mine => new(fixture.Db, _current, Time);

        public PortalDatabaseFixture.Handlers Handlers => fixture.As(user, Clock);
    }

    private Task<AppDbContext> DbAsync() => fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<(Cooperative Cooperative, CurrentUserSnapshot Manager)> CooperativeAsync()
    {
        var manager = await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی تصفیه " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(), J("1399/01/15"), null, PortalDatabaseFixture.Zanjan,
            null, null, 20, 900_000_000, manager.NationalCode!, "مدیرعامل آزمون", null), DateTime.UtcNow);
        cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Ceo, "مدیرعامل آزمون", manager.NationalCode!)]);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return (cooperative, manager);
    }

    /// <summary>An extraordinary assembly of 1405/03/30 that adopted the dissolution, its minutes confirmed by the observer.</summary>
    private async Task<GeneralAssembly> DissolvingAssemblyAsync(Cooperative cooperative, string managerUserId, string observerUserId, string liquidatorCode)
    {
        var now = Clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var assembly = GeneralAssembly.Start(cooperative, managerUserId, GeneralAssemblyKind.Extraordinary, now);
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.Extraordinary, J("1405/03/30"), new TimeOnly(16, 0), "زنجان، خیابان سعدی، سالن تعاونی", null,
            "از اعضای محترم دعوت می‌شود در مجمع عمومی فوق‌العاده برای تصمیم درباره انحلال تعاونی حاضر شوند."), now);
        assembly.SetAgenda([new AgendaItem(AgendaItemKind.Dissolve)], now);
        assembly.Announce(J("1405/03/11"), AssemblyRules.Default, now);
        assembly.AssignObserver(observerUserId, observerUserId, "ناظر آزمون", now);
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 15, 0), now);
        assembly.RecordResolutions([new Resolution(0, true, 14, 1)], now);
        assembly.RecordDissolution(new DissolutionTerms([new NamedLiquidator("ناصر تصفیه‌چی", liquidatorCode)], J("1406/03/30")), now);
        assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 10, "00", "none", now);
        assembly.SubmitMinutes(new MinutesContext(J("1405/04/01"), RegistryRules.Default, AssemblyRules.Default, []), now);
        assembly.ObserverConfirm(observerUserId, null, now);
        await using var db = await DbAsync();
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync();
        return assembly;
    }

    private static async Task FileAsync(As liquidator, Guid id, LiquidationReportKind kind)
    {
        var draft = kind == LiquidationReportKind.Final
            ? new LiquidationDraft("اموال فروخته شد، بدهی‌ها پرداخت و باقی‌مانده میان اعضا تقسیم شد.", 900_000_000, 700_000_000, 200_000_000)
            : new LiquidationDraft("فهرست اموال و بدهی‌های تعاونی تهیه و به بستانکاران آگهی شد.", null, null, null);
        Assert.True((await liquidator.Report.SaveDraftAsync(id, draft, default)).Succeeded);
        using (var scan = new MemoryStream(SamplePdf.Bytes))
        {
            var uploaded = await liquidator.Files.UploadAsync(id, "report.pdf", SamplePdf.Bytes.Length, scan, default);
            Assert.True(uploaded.Succeeded, uploaded.Message);
        }

        var filed = await liquidator.Report.FileAsync(id, kind, default);
        Assert.True(filed.Succeeded, filed.Message);
    }

    [Fact]
    public async Task Confirming_minutes_that_adopt_dissolution_starts_the_liquidation_and_the_liquidator_reports_until_the_cooperative_is_struck_off()
    {
        var (cooperative, managerUser) = await CooperativeAsync();
        var liquidatorCode = PortalDatabaseFixture.NewNationalCode();
        var liquidatorUser = await fixture.NewUserAsync(nationalCode: liquidatorCode);
        var observer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var assembly = await DissolvingAssemblyAsync(cooperative, managerUser.UserId!, observer.UserId!, liquidatorCode);
        var reviewerUser = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var reviewer = new As(fixture, reviewerUser);
        var confirmed = await reviewer.Minutes.ConfirmAsync(assembly.Id, default);
        Assert.True(confirmed.Succeeded, confirmed.Message);

        // One transaction: the minutes confirmed, the cooperative in liquidation, the case started with the minutes' liquidators.
        Guid id;
        await using (var db = await DbAsync())
        {
            var stored = await db.Cooperatives.AsNoTracking().Include(c => c.StatusEvents).SingleAsync(c => c.Id == cooperative.Id);
            Assert.Equal(CooperativeStatus.InLiquidation, stored.Status);
            Assert.Equal(CooperativeStatusAction.ResolveDissolution, Assert.Single(stored.StatusEvents).Action);
            var liquidation = await db.Liquidations.AsNoTracking().Include(l => l.Events).SingleAsync(l => l.CooperativeId == cooperative.Id);
            Assert.Equal((LiquidationSource.Assembly, (Guid?)assembly.Id, reviewerUser.UserId!), (liquidation.Source, liquidation.GeneralAssemblyId, liquidation.StartedByUserId));
            Assert.Equal((J("1405/03/30"), J("1406/03/30")), (liquidation.StartsOn, liquidation.EndsOn));
            Assert.Equal(liquidatorCode, Assert.Single(liquidation.Liquidators).NationalCode);
            Assert.Equal(LiquidationAction.Start, Assert.Single(liquidation.Events).Action);
            Assert.True(await db.Notifications.AnyAsync(n => n.UserId == liquidatorUser.UserId && n.Link == $"liquidations/{liquidation.Id}"));
            id = liquidation.Id;
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM liquidation_events WHERE \"LiquidationId\" = {id}"));
        }

        // The liquidator sees it in «تصفیه‌های من» and files; another person and another province's office get not found.
        var liquidatorSnapshot = await fixture.ReadUserAsync(liquidatorUser.UserId!);
        Assert.True(liquidatorSnapshot.IsInRole(Roles.Liquidator));
        var liquidator = new As(fixture, liquidatorSnapshot);
        Assert.Contains(await liquidator.Mine.HandleAsync(default), l => l.Id == id);
        var stranger = new As(fixture, await fixture.NewUserAsync());
        Assert.Equal(ErrorKind.NotFound, (await stranger.Report.SaveDraftAsync(id, LiquidationDraft.Empty, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await stranger.Get.HandleAsync(id, default)).Kind);
        var tehran = new As(fixture, await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));
        Assert.Equal(ErrorKind.NotFound, (await tehran.Get.HandleAsync(id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await tehran.Decide.RecommendAsync(id, null, default)).Kind);
        Assert.DoesNotContain(await tehran.Queue.HandleAsync(false, default), l => l.Id == id);
        Assert.Equal(ErrorKind.NotFound, (await reviewer.Report.FileAsync(id, LiquidationReportKind.Interim, default)).Kind);

        await FileAsync(liquidator, id, LiquidationReportKind.Interim);
        await FileAsync(liquidator, id, LiquidationReportKind.Final);
        Assert.Contains(await reviewer.Queue.HandleAsync(waitingOnly: true, default), l => l.Id == id && l.Status == LiquidationStatus.FinalReportFiled);
        Assert.Equal(ErrorKind.NotFound, (await liquidator.Decide.RecommendAsync(id, null, default)).Kind);

        // A reviewer recommends; the reviewer may not confirm; a head confirms and the cooperative is struck off.
        var recommender = new As(fixture, await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        Assert.True((await recommender.Decide.RecommendAsync(id, null, default)).Succeeded);
        Assert.Equal(ErrorKind.Forbidden, (await recommender.Decide.ConfirmAsync(id, default)).Kind);
        var head = new As(fixture, await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var view = (await head.Get.HandleAsync(id, default)).Value!;
        Assert.Equal(new HashSet<LiquidationAction> { LiquidationAction.SendBack, LiquidationAction.Confirm }, view.Decisions.ToHashSet());
        var struck = await head.Decide.ConfirmAsync(id, default);
        Assert.True(struck.Succeeded, struck.Message);

        var manager = new As(fixture, managerUser);
        var card = (await manager.Handlers.Cooperatives.GetAsync(cooperative.Id, default)).Value!;
        Assert.Equal(CooperativeStatus.StruckOff, card.Status);
        Assert.Equal(CooperativeStatusAction.StrikeOff, card.StatusHistory![0].Action);
        Assert.Equal(LiquidationStatus.StruckOff, (await manager.Get.OfCooperativeAsync(cooperative.Id, default))!.Status);
        Assert.Equal(ErrorKind.Conflict, (await head.Decide.SendBackAsync(id, "دوباره بفرستید.", default)).Kind);
        var declaration = await manager.Handlers.StartDeclaration.HandleAsync(cooperative.Id, 1404, default);
        Assert.Equal(CooperativeLifecycle.DeclarationRefusal(CooperativeStatus.StruckOff), declaration.Message);
    }

    [Fact]
    public async Task The_office_starts_the_liquidation_of_a_dissolved_cooperative_and_the_head_who_started_it_does_not_strike_it_off()
    {
        var (cooperative, managerUser) = await CooperativeAsync();
        var opener = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var decider = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        await using (var db = await DbAsync())
        {
            var tracked = await db.Cooperatives.Include(c => c.Managers).Include(c => c.StatusEvents).SingleAsync(c => c.Id == cooperative.Id);
            tracked.ChangeStatus(CooperativeStatusAction.OpenDormancyCase, opener.UserId!, null, null, DateTime.UtcNow.AddDays(-60));
            tracked.ChangeStatus(CooperativeStatusAction.PursueDissolution, decider.UserId!, "پاسخی نداد", "ماده ۵۴", DateTime.UtcNow.AddDays(-30));
            await db.SaveChangesAsync();
        }

        var liquidatorCode = PortalDatabaseFixture.NewNationalCode();
        var liquidatorUser = await fixture.NewUserAsync(nationalCode: liquidatorCode);
        var starterUser = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var starter = new As(fixture, starterUser);
        var form = new StartLiquidationForm([new NamedLiquidator("ناصر تصفیه‌چی", liquidatorCode)], J("1406/04/01"));

        // Another province: not found; a manager of the cooperative: not found; no liquidator: refused by field.
        Assert.Equal(ErrorKind.NotFound, (await new As(fixture, await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran)).Start.HandleAsync(cooperative.Id, form, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await new As(fixture, managerUser).Start.HandleAsync(cooperative.Id, form, default)).Kind);
        Assert.Equal(ErrorKind.Validation, (await starter.Start.HandleAsync(cooperative.Id, form with { Liquidators = [] }, default)).Kind);
        var started = await starter.Start.HandleAsync(cooperative.Id, form, default);
        Assert.True(started.Succeeded, started.Message);
        var id = started.Value;
        Assert.Equal(ErrorKind.Conflict, (await starter.Start.HandleAsync(cooperative.Id, form, default)).Kind);

        var liquidator = new As(fixture, liquidatorUser);
        await FileAsync(liquidator, id, LiquidationReportKind.Interim);
        await FileAsync(liquidator, id, LiquidationReportKind.Final);
        var reviewer = new As(fixture, await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        Assert.True((await reviewer.Decide.RecommendAsync(id, null, default)).Succeeded);

        var refused = await starter.Decide.ConfirmAsync(id, default);
        Assert.Equal(ErrorKind.Forbidden, refused.Kind);
        Assert.Equal(SeparationOfDuties.EarlierStep, refused.Message);
        Assert.DoesNotContain(LiquidationAction.Confirm, (await starter.Get.HandleAsync(id, default)).Value!.Decisions);
        var head = new As(fixture, await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        Assert.True((await head.Decide.ConfirmAsync(id, default)).Succeeded);

        await using (var db = await DbAsync())
        {
            var stored = await db.Cooperatives.AsNoTracking().Include(c => c.StatusEvents).SingleAsync(c => c.Id == cooperative.Id);
            Assert.Equal(CooperativeStatus.StruckOff, stored.Status);
            Assert.Equal(
                [CooperativeStatusAction.OpenDormancyCase, CooperativeStatusAction.PursueDissolution, CooperativeStatusAction.StartLiquidation, CooperativeStatusAction.StrikeOff],
                stored.StatusEvents.Select(e => e.Action));
        }
    }

    [Fact]
    public async Task A_liquidating_cooperative_starts_no_declaration()
    {
        var (cooperative, managerUser) = await CooperativeAsync();
        var observer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var assembly = await DissolvingAssemblyAsync(cooperative, managerUser.UserId!, observer.UserId!, PortalDatabaseFixture.NewNationalCode());
        Assert.True((await new As(fixture, await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan)).Minutes.ConfirmAsync(assembly.Id, default)).Succeeded);
        var declaration = await new As(fixture, managerUser).Handlers.StartDeclaration.HandleAsync(cooperative.Id, 1404, default);
        Assert.Equal(ErrorKind.Conflict, declaration.Kind);
        Assert.Equal(CooperativeLifecycle.DeclarationRefusal(CooperativeStatus.InLiquidation), declaration.Message);
    }
}
