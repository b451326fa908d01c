using CoopPortal.Application.Assemblies.AssemblyQueue;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.DecideSupervision;
using CoopPortal.Application.Assemblies.MinutesFiles;
using CoopPortal.Application.Assemblies.ObserverReport;
using CoopPortal.Application.Assemblies.ReviewMinutes;
using CoopPortal.Application.Assemblies.SaveMinutes;
using CoopPortal.Application.Assemblies.SubmitMinutes;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Assemblies;

/// <summary>
/// From the supervision decision to the registry change (issue 19 points 3 and 4) on real PostgreSQL: the observer
/// assigned, the minutes checked and sent, the observer's report, the reviewer's confirmation changing the board in the
/// same save with the history kept, and who may not take which step.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class MinutesTests(PortalDatabaseFixture fixture)
{
    /// <summary>1405/03/11, when the notice is published; the meeting is on 1405/03/30.</summary>
    private static readonly TimeProvider Before = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>1405/04/04, after the meeting.</summary>
    private static readonly TimeProvider After = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 6, 25, 8, 0, 0, TimeSpan.Zero));

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private sealed class As(PortalDatabaseFixture fixture, ICurrentUser user, TimeProvider clock)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);
        private readonly IServiceProvider _services = fixture.Factory.Services;

        private PortalClock Clock => new(clock);

        private IAssemblyRulesProvider Rules => _services.GetRequiredService<IAssemblyRulesProvider>();

        private IOptionsMonitor<RegistryRules> Registry => _services.GetRequiredService<IOptionsMonitor<RegistryRules>>();

        private IOptionsMonitor<Domain.Liquidation.LiquidationRules> Liquidation => _services.GetRequiredService<IOptionsMonitor<Domain.Liquidation.LiquidationRules>>();

        public SupervisionDecisionHandler Supervision => new(fixture.Db, _current, _services.GetRequiredService<IStaffDirectory>(), Rules, Clock);

        public SaveMinutesHandler Save => new(fixture.Db, _current, Clock);

        public UploadMinutesFileHandler Upload => new(fixture.Db, _current, fixture.As(user).Files, Clock);

        public SubmitMinutesHandler Submit => new(fixture.Db, _current, new MinutesContextBuilder(Rules, Registry, Liquidation, Clock), Clock);

        public ObserverReportHandler Observer => new(fixture.Db, _current, Clock);

        public MinutesReviewHandler Review => new(fixture.Db, _current, Registry, Liquidation, _services.GetRequiredService<Application.Assemblies.ChangeNotice.ChangeNoticeIssuer>(), Clock);

        public GeneralAssemblyQueueQuery Queue => new(fixture.Db, _current);
    }

    private async Task<AppDbContext> DbAsync() => await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private static OfficerEntry Board(string code) => new(OfficerRole.BoardMember, "عضو پیشین " + code[..4], code, J("1402/02/01"), J("1405/01/31"));

    [Fact]
    public async Task A_supervised_election_goes_from_observer_to_reviewer_and_the_new_board_replaces_the_old_with_its_history()
    {
        // A Zanjan cooperative with a CEO (its manager) and a board whose term has ended.
        var managerUser = await fixture.NewUserAsync(Domain.Users.Roles.CooperativeManager);
        var oldBoard = Enumerable.Range(0, 3).Select(_ => PortalDatabaseFixture.NewNationalCode()).ToList();
        var cooperative = Cooperative.Import(new ImportedCooperative("تعاونی مجمع " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            J("1399/01/15"), null, PortalDatabaseFixture.Zanjan, null, null, 20, 900_000_000, managerUser.NationalCode!, "مدیرعامل آزمون", null), DateTime.UtcNow);
        cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Ceo, "مدیرعامل آزمون", managerUser.NationalCode!), .. oldBoard.Select(Board)]);

        // The notice, published on 1405/03/11 for 1405/03/30, electing the board; three candidates approved, one refused.
        var now = Before.GetUtcNow().UtcDateTime;
        var assembly = GeneralAssembly.Start(cooperative, managerUser.UserId!, GeneralAssemblyKind.Ordinary, now);
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.Ordinary, J("1405/03/30"), new TimeOnly(16, 30), "زنجان، خیابان سعدی، سالن تعاونی", null,
            "از اعضای محترم دعوت می‌شود در مجمع عمومی عادی سالانه برای انتخاب هیئت مدیره حاضر شوند."), now);
        assembly.SetAgenda([new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.ElectBoard)], now);
        assembly.Announce(J("1405/03/11"), AssemblyRules.Default, now);
        var newBoard = Enumerable.Range(0, 3).Select(_ => PortalDatabaseFixture.NewNationalCode()).ToList();
        var refusedCode = PortalDatabaseFixture.NewNationalCode();
        var candidacies = new List<Candidacy>();
        foreach (var code in newBoard.Append(refusedCode))
        {
            var candidate = await fixture.NewUserAsync(nationalCode: code);
            var candidacy = Candidacy.Register(assembly, OfficerRole.BoardMember, candidate.UserId!, code, "نامزد " + code[..4], J("1405/03/12"), now);
            candidacy.AttachFile(CandidateFileKind.IdCard, "id.pdf", "application/pdf", 10, "00", "none", now);
            if (code == refusedCode)
            {
                candidacy.Refuse(managerUser.UserId!, "گواهی عدم سوء پیشینه ندارد.", [], now);
            }
            else
            {
                candidacy.Approve(managerUser.UserId!, [], now);
            }

            candidacies.Add(candidacy);
        }

        await using (var db = await DbAsync())
        {
            db.Cooperatives.Add(cooperative);
            db.GeneralAssemblies.Add(assembly);
            db.Candidacies.AddRange(candidacies);
            await db.SaveChangesAsync();
        }

        var head = new As(fixture, await fixture.NewUserAsync(Domain.Users.Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan), Before);
        var observerUser = await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var observer = new As(fixture, observerUser, After);
        var reviewers = new[]
        {
            new As(fixture, await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan), After),
            new As(fixture, await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan), After),
        };
        var manager = new As(fixture, managerUser, After);

        // Elections are on the agenda: no waiver; the head assigns the observer, whose list then holds the assembly.
        Assert.Equal(ErrorKind.Conflict, (await head.Supervision.WaiveAsync(assembly.Id, "بی‌نیاز", default)).Kind);
        Assert.True((await head.Supervision.AssignObserverAsync(assembly.Id, observerUser.UserId!, default)).Succeeded);
        Assert.Contains(await observer.Queue.ObservedAsync(default), a => a.Id == assembly.Id);
        Assert.Contains(await head.Queue.OfficeAsync(waitingOnly: false, default), a => a.Id == assembly.Id && a.Status == GeneralAssemblyStatus.Supervised);

        // Minutes below the quorum of the first call (11 of 20) are refused by field; the refused candidate cannot be elected.
        MinutesForm Minutes(int present, string thirdMember) => new(
            new Attendance(MeetingCall.First, 20, present, 2),
            [new Resolution(0, true, 10, 1), new Resolution(1, true)],
            [.. newBoard.Take(2).Select(c => new ElectedOfficer(OfficerRole.BoardMember, "منتخب " + c[..4], c, 11)), new ElectedOfficer(OfficerRole.BoardMember, "منتخب سوم", thirdMember, 9)]);
        Assert.True((await manager.Save.HandleAsync(assembly.Id, Minutes(present: 8, refusedCode), default)).Succeeded);
        using (var scan = new MemoryStream(SamplePdf.Bytes))
        {
            Assert.True((await manager.Upload.HandleAsync(assembly.Id, MinutesFileKind.SignedMinutes, "minutes.pdf", SamplePdf.Bytes.Length, scan, default)).Succeeded);
        }

        var refused = await manager.Submit.HandleAsync(assembly.Id, default);
        Assert.Equal(ErrorKind.Validation, refused.Kind);
        Assert.Contains("۱۱", refused.Errors["Attendance.Present"][0], StringComparison.Ordinal);
        Assert.Contains("نامزد تأییدشده", refused.Errors["Elected[2]"][0], StringComparison.Ordinal);

        Assert.True((await manager.Save.HandleAsync(assembly.Id, Minutes(present: 12, newBoard[2]), default)).Succeeded);
        var sent = await manager.Submit.HandleAsync(assembly.Id, default);
        Assert.True(sent.Succeeded, sent.Message);

        // The reviewer waits for the observer; only the observer reports; the observer then may not decide.
        Assert.Equal(ErrorKind.Conflict, (await reviewers[0].Review.ConfirmAsync(assembly.Id, default)).Kind);
        Assert.Equal(ErrorKind.Forbidden, (await reviewers[0].Observer.ConfirmAsync(assembly.Id, null, default)).Kind);
        Assert.True((await observer.Observer.ConfirmAsync(assembly.Id, "مجمع با حضور ناظر و طبق آگهی برگزار شد.", default)).Succeeded);
        Assert.Equal(ErrorKind.Forbidden, (await observer.Review.ConfirmAsync(assembly.Id, default)).Kind);

        // Two reviewers confirm at once: one decision.
        var both = await Task.WhenAll(reviewers.Select(r => r.Review.ConfirmAsync(assembly.Id, default)));
        Assert.Single(both, r => r.Succeeded);
        Assert.Single(both, r => r.Kind == ErrorKind.Conflict);

        await using var check = await DbAsync();
        var stored = await check.Cooperatives.AsNoTracking().Include(c => c.Officers).Include(c => c.PastOfficers).Include(c => c.Managers)
            .SingleAsync(c => c.Id == cooperative.Id);
        var board = stored.Officers.Where(o => o.Role == OfficerRole.BoardMember).ToList();
        Assert.Equal(newBoard.Order(), board.Select(o => o.NationalCode).Order());
        Assert.All(board, o => Assert.Equal((J("1405/03/30"), J("1408/03/29")), (o.TermStartsOn!.Value, o.TermEndsOn!.Value)));
        Assert.Contains(stored.Officers, o => o.Role == OfficerRole.Ceo && o.NationalCode == managerUser.NationalCode);
        Assert.Equal(oldBoard.Order(), stored.PastOfficers.Select(o => o.NationalCode).Order());
        Assert.All(stored.PastOfficers, o => Assert.Equal((J("1405/03/30"), assembly.Id), (o.EndedOn, o.ReplacedByAssemblyId!.Value)));
        Assert.Equal(newBoard.Append(managerUser.NationalCode!).Order(), stored.Managers.Select(m => m.NationalCode).Order());
        Assert.Equal(assembly.Id, stored.LastChangedByAssemblyId);
        var history = await check.GeneralAssemblies.AsNoTracking().Include(a => a.Events).SingleAsync(a => a.Id == assembly.Id);
        Assert.Equal(GeneralAssemblyStatus.Confirmed, history.Status);
        Assert.Single(history.Events, e => e.Action == GeneralAssemblyAction.Confirm);
        Assert.Equal(1, await check.Notifications.CountAsync(n => n.UserId == managerUser.UserId && n.Title == "صورت‌جلسه مجمع تأیید شد"));

        // The declaration of 1404 starts with the new board and the day of the ordinary assembly the portal recorded.
        var started = await new Application.Supervision.StartDeclaration.StartDeclarationHandler(
            fixture.Db, new PortalDatabaseFixture.FixedUser(managerUser), new PortalClock(After)).HandleAsync(cooperative.Id, 1404, default);
        Assert.True(started.Succeeded, started.Message);
        var declaration = await check.SelfDeclarations.AsNoTracking().SingleAsync(d => d.Id == started.Value);
        Assert.Equal(J("1405/03/30"), declaration.Content.OrdinaryAssemblyHeldOn);
        Assert.Equal(newBoard.Order(), declaration.Content.Officers.Where(o => o.Role == OfficerRole.BoardMember).Select(o => o.NationalCode).Order());

        // The card shows the replaced board as history: each old member's term and the day the assembly ended it.
        var card = await new Application.Supervision.Cooperatives.CooperativeQueries(fixture.Db, new PortalDatabaseFixture.FixedUser(managerUser),
            fixture.Factory.Services.GetRequiredService<IOptionsMonitor<Application.Supervision.Common.SupervisionOptions>>(), new PortalClock(After))
            .GetAsync(cooperative.Id, default);
        Assert.True(card.Succeeded, card.Message);
        Assert.Equal(oldBoard.Order(), card.Value!.PastOfficers.Select(o => o.NationalCode).Order());
        Assert.All(card.Value.PastOfficers, o => Assert.Equal((OfficerRole.BoardMember, J("1402/02/01"), J("1405/03/30"), (Guid?)assembly.Id),
            (o.Role, o.TermStartsOn!.Value, o.EndedOn, o.ReplacedByAssemblyId)));
    }
}
