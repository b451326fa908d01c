using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.DecideSupervision;
using CoopPortal.Application.Assemblies.SaveNotice;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopPortal.IntegrationTests.Assemblies;

/// <summary>
/// General assemblies of registered cooperatives on a real database (issue 19): a manager writes and publishes the
/// notice, the office of the province sees it once published, the head decides its supervision, the manager may call it
/// off; everyone else is told it does not exist, and its history cannot be rewritten.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class GeneralAssemblyTests(PortalDatabaseFixture fixture)
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>The tests' today: 1405/02/01, inside the window of the annual ordinary assembly after fiscal year 1404.</summary>
    private static readonly DateOnly Today = J("1405/02/01");

    private static readonly TimeProvider Clock = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));

    private PortalDatabaseFixture.Handlers As(CurrentUserSnapshot user) => fixture.As(user, Clock);

    private AssemblyRules Rules => fixture.Factory.Services.GetRequiredService<IAssemblyRulesProvider>().Current;

    private sealed record Coop(Guid Id, CurrentUserSnapshot User, PortalDatabaseFixture.Handlers Manager);

    /// <summary>An existing cooperative (registered in 1400) whose manager (a new account, or <paramref name="manager"/>) has an account.</summary>
    private async Task<Coop> CooperativeAsync(CurrentUserSnapshot? manager = null, int province = PortalDatabaseFixture.Zanjan)
    {
        var user = manager ?? await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی مجمع " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            J("1400/01/15"), null, province, null, null, 30, 500_000_000, user.NationalCode!, "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await NewDbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return new Coop(cooperative.Id, user, As(user));
    }

    private Task<AppDbContext> NewDbAsync() =>
        fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private static string Jalali(DateOnly date) => JalaliDate.Format(date);

    private const string Invitation = "از همه اعضای محترم تعاونی دعوت می‌شود در مجمع عمومی شرکت کنند.";

    private static readonly AgendaItem[] OrdinaryAgenda = [new(AgendaItemKind.ApproveFinancialStatements), new(AgendaItemKind.ElectBoard)];

    private static readonly AgendaItem[] ChangeOfAddress = [new(AgendaItemKind.ChangeAddress, NewAddress: "زنجان، خیابان سعدی، پلاک ۸")];

    /// <summary>A notice every rule accepts today: <paramref name="daysAhead"/> days ahead (the ordinary one inside its window).</summary>
    private static NoticeForm CompleteNotice(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, int daysAhead = 20, IReadOnlyList<AgendaItem>? agenda = null) =>
        new(kind, Jalali(Today.AddDays(daysAhead)), "17:30", "زنجان، خیابان امام، سالن اجتماعات", null, Invitation,
            agenda ?? (kind == GeneralAssemblyKind.Extraordinary ? ChangeOfAddress : OrdinaryAgenda));

    /// <summary>Starts a notice, saves it complete and publishes it; returns its id.</summary>
    private static async Task<Guid> PublishedAsync(Coop coop, GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IReadOnlyList<AgendaItem>? agenda = null)
    {
        var id = await DraftAsync(coop, kind, agenda);
        var announced = await coop.Manager.AnnounceAssembly.HandleAsync(id, default);
        Assert.True(announced.Succeeded, announced.Message);
        return id;
    }

    /// <summary>Starts a notice and saves it complete, unpublished; returns its id.</summary>
    private static async Task<Guid> DraftAsync(Coop coop, GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IReadOnlyList<AgendaItem>? agenda = null)
    {
        var started = await coop.Manager.StartGeneralAssembly.HandleAsync(coop.Id, kind, default);
        Assert.True(started.Succeeded, started.Message);
        var saved = await coop.Manager.SaveNotice.HandleAsync(started.Value, CompleteNotice(kind, agenda: agenda), default);
        Assert.True(saved.Succeeded, saved.Message);
        return started.Value;
    }

    private static async Task<GeneralAssemblyView> ViewAsync(PortalDatabaseFixture.Handlers who, Guid id)
    {
        var got = await who.GetGeneralAssembly.HandleAsync(id, default);
        Assert.True(got.Succeeded, got.Message);
        return got.Value!;
    }

    /// <summary>A reviewer of the province with a name of their own (the view shows the observer by name).</summary>
    private async Task<CurrentUserSnapshot> NamedReviewerAsync(string name, int province = PortalDatabaseFixture.Zanjan)
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, province);
        await using var db = await NewDbAsync();
        Assert.Equal(1, await db.Users.Where(u => u.Id == reviewer.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, name)));
        return reviewer;
    }

    private async Task<List<GeneralAssemblyEvent>> EventsAsync(Guid id)
    {
        await using var db = await NewDbAsync();
        return (await db.GeneralAssemblies.AsNoTracking().Include(a => a.Events).SingleAsync(a => a.Id == id)).Events.ToList();
    }

    [Fact]
    public async Task A_manager_starts_one_draft_and_nobody_else_reaches_it()
    {
        var coop = await CooperativeAsync();
        var started = await coop.Manager.StartGeneralAssembly.HandleAsync(coop.Id, GeneralAssemblyKind.Ordinary, default);
        Assert.True(started.Succeeded, started.Message);
        var again = await coop.Manager.StartGeneralAssembly.HandleAsync(coop.Id, GeneralAssemblyKind.Extraordinary, default);
        Assert.Equal(started.Value, again.Value); // the draft already open, not a second one
        var id = started.Value;
        var draft = await ViewAsync(coop.Manager, id);
        Assert.Equal(GeneralAssemblyStatus.Draft, draft.Status);
        Assert.Equal(GeneralAssemblyKind.Ordinary, draft.Notice.Kind);
        Assert.True(draft.IsManager);
        await using (var db = await NewDbAsync())
        {
            Assert.Equal(1, await db.GeneralAssemblies.CountAsync(a => a.CooperativeId == coop.Id));
        }

        var otherManager = (await CooperativeAsync()).Manager;
        var citizen = As(await fixture.NewUserAsync());
        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        foreach (var stranger in new[] { otherManager, citizen, reviewer })
        {
            Assert.Equal(ErrorKind.NotFound, (await stranger.StartGeneralAssembly.HandleAsync(coop.Id, GeneralAssemblyKind.Ordinary, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await stranger.GetGeneralAssembly.HandleAsync(id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await stranger.SaveNotice.HandleAsync(id, CompleteNotice(), default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await stranger.AnnounceAssembly.HandleAsync(id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await stranger.CancelAssembly.HandleAsync(id, "لغو", default)).Kind);
        }

        // Nothing the others tried took effect.
        var after = await ViewAsync(coop.Manager, id);
        Assert.Equal(GeneralAssemblyStatus.Draft, after.Status);
        Assert.Null(after.Notice.Place);
        Assert.Empty(after.Agenda);
        Assert.Empty(await EventsAsync(id));
        await using (var db = await NewDbAsync())
        {
            Assert.Equal(1, await db.GeneralAssemblies.CountAsync(a => a.CooperativeId == coop.Id));
        }
    }

    [Fact]
    public async Task Saving_keeps_what_was_typed_refuses_an_unreadable_date_for_its_field_and_normalizes_persian_text()
    {
        var coop = await CooperativeAsync();
        var id = (await coop.Manager.StartGeneralAssembly.HandleAsync(coop.Id, GeneralAssemblyKind.Ordinary, default)).Value;

        // Arabic yeh and kaf, Arabic-Indic digits: stored as Persian letters and digits.
        var form = new NoticeForm(
            GeneralAssemblyKind.Ordinary, "۱۴۰۵/۱۳/۴۰", "۱۷:۳۰", "زنجان، خيابان كشاورز، پلاك ١٢", null,
            "از اعضاي محترم تعاوني دعوت مي‌شود در مجمع شركت كنند.",
            [new(AgendaItemKind.Other, "گزارش هيئت مديره")]);
        var saved = await coop.Manager.SaveNotice.HandleAsync(id, form, default);
        Assert.Equal(ErrorKind.Validation, saved.Kind);
        Assert.Equal([SaveNoticeHandler.BadDate], saved.Errors["MeetingOn"]);
        Assert.Equal("MeetingOn", Assert.Single(saved.Errors.Keys));

        var view = await ViewAsync(coop.Manager, id);
        Assert.Null(view.Notice.MeetingOn);
        Assert.Equal(new TimeOnly(17, 30), view.Notice.MeetingTime);
        Assert.Equal("زنجان، خیابان کشاورز، پلاک ۱۲", view.Notice.Place);
        Assert.Equal("از اعضای محترم تعاونی دعوت می‌شود در مجمع شرکت کنند.", view.Notice.Invitation);
        Assert.Equal("گزارش هیئت مدیره", Assert.Single(view.Agenda).Text);
        Assert.Equal(AgendaItemKind.Other, view.Agenda[0].Kind);
        Assert.Contains(view.Problems, p => p.Field == "MeetingOn");

        // A date in Persian digits is read; a later unreadable one keeps the one stored.
        Assert.True((await coop.Manager.SaveNotice.HandleAsync(id, form with { MeetingOn = "۱۴۰۵/۰۲/۲۱" }, default)).Succeeded);
        Assert.Equal(J("1405/02/21"), (await ViewAsync(coop.Manager, id)).Notice.MeetingOn);
        var bad = await coop.Manager.SaveNotice.HandleAsync(id, form with { MeetingOn = "فردا", MeetingTime = "ساعت پنج", Place = "محل تازه" }, default);
        Assert.Equal(ErrorKind.Validation, bad.Kind);
        Assert.Equal([SaveNoticeHandler.BadDate], bad.Errors["MeetingOn"]);
        Assert.Equal([SaveNoticeHandler.BadTime], bad.Errors["MeetingTime"]);
        var kept = await ViewAsync(coop.Manager, id);
        Assert.Equal(J("1405/02/21"), kept.Notice.MeetingOn);
        Assert.Equal(new TimeOnly(17, 30), kept.Notice.MeetingTime);
        Assert.Equal("محل تازه", kept.Notice.Place);

        await using var db = await NewDbAsync();
        var stored = await db.GeneralAssemblies.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.DoesNotContain('ي', stored.Notice.Invitation!);
        Assert.DoesNotContain('ك', stored.Notice.Invitation!);
        Assert.DoesNotContain('ي', stored.Agenda[0].Text!);
    }

    [Fact]
    public async Task Publishing_needs_every_notice_rule_then_fixes_the_notice()
    {
        var coop = await CooperativeAsync();
        var id = (await coop.Manager.StartGeneralAssembly.HandleAsync(coop.Id, GeneralAssemblyKind.Ordinary, default)).Value;

        var empty = await coop.Manager.AnnounceAssembly.HandleAsync(id, default);
        Assert.Equal(ErrorKind.Validation, empty.Kind);
        Assert.Equal(new HashSet<string> { "MeetingOn", "MeetingTime", "Place", "Invitation", "Agenda" }, empty.Errors.Keys.ToHashSet());

        // Five days' notice is too short: the message says the minimum.
        Assert.True((await coop.Manager.SaveNotice.HandleAsync(id, CompleteNotice(daysAhead: 5), default)).Succeeded);
        var tooSoon = await coop.Manager.AnnounceAssembly.HandleAsync(id, default);
        Assert.Equal(ErrorKind.Validation, tooSoon.Kind);
        Assert.Equal("MeetingOn", Assert.Single(tooSoon.Errors.Keys));
        var minimum = PersianDigits.ToPersian(Rules.MinimumNoticeDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"دست‌کم {minimum} روز", Assert.Single(tooSoon.Errors["MeetingOn"]), StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.Draft, (await ViewAsync(coop.Manager, id)).Status);
        Assert.Empty(await EventsAsync(id));

        Assert.True((await coop.Manager.SaveNotice.HandleAsync(id, CompleteNotice(daysAhead: 20), default)).Succeeded);
        Assert.Empty((await ViewAsync(coop.Manager, id)).Problems);
        var announced = await coop.Manager.AnnounceAssembly.HandleAsync(id, default);
        Assert.True(announced.Succeeded, announced.Message);

        var view = await ViewAsync(coop.Manager, id);
        Assert.Equal(GeneralAssemblyStatus.Announced, view.Status);
        Assert.Equal(Today, view.PublishedOn);
        Assert.Equal(Today.AddDays(20), view.Notice.MeetingOn);
        Assert.Equal([AgendaItemKind.ApproveFinancialStatements, AgendaItemKind.ElectBoard], view.Agenda.Select(a => a.Kind));
        Assert.False(view.CanEditNotice);
        var publish = Assert.Single(await EventsAsync(id));
        Assert.Equal((GeneralAssemblyAction.Announce, GeneralAssemblyStatus.Draft, GeneralAssemblyStatus.Announced), (publish.Action, publish.FromStatus, publish.ToStatus));

        var edit = await coop.Manager.SaveNotice.HandleAsync(id, CompleteNotice(daysAhead: 30) with { Place = "جای دیگر" }, default);
        Assert.Equal(ErrorKind.Conflict, edit.Kind);
        Assert.Equal(GeneralAssembly.NoticeNotEditable, edit.Message);
        var unchanged = await ViewAsync(coop.Manager, id);
        Assert.Equal(Today.AddDays(20), unchanged.Notice.MeetingOn);
        Assert.Equal("زنجان، خیابان امام، سالن اجتماعات", unchanged.Notice.Place);

        Assert.Equal(ErrorKind.Conflict, (await coop.Manager.AnnounceAssembly.HandleAsync(id, default)).Kind);
        Assert.Single(await EventsAsync(id));
    }

    [Fact]
    public async Task The_office_of_the_province_sees_the_notice_once_published_and_nobody_else_does()
    {
        var coop = await CooperativeAsync();
        var id = await DraftAsync(coop);
        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var tehranReviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        var tehranHead = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));
        var admin = As(await fixture.NewUserAsync(Roles.Admin));

        foreach (var staff in new[] { reviewer, head, tehranReviewer, tehranHead, admin })
        {
            Assert.Equal(ErrorKind.NotFound, (await staff.GetGeneralAssembly.HandleAsync(id, default)).Kind);
        }

        Assert.True((await coop.Manager.AnnounceAssembly.HandleAsync(id, default)).Succeeded);
        foreach (var staff in new[] { reviewer, head, admin })
        {
            var view = await ViewAsync(staff, id);
            Assert.Equal(GeneralAssemblyStatus.Announced, view.Status);
            Assert.False(view.IsManager);
            Assert.Equal(Today, view.PublishedOn);
        }

        foreach (var staff in new[] { tehranReviewer, tehranHead })
        {
            Assert.Equal(ErrorKind.NotFound, (await staff.GetGeneralAssembly.HandleAsync(id, default)).Kind);
        }
    }

    [Fact]
    public async Task The_head_assigns_an_observer_from_the_province_and_only_the_head_of_the_province_decides()
    {
        var coop = await CooperativeAsync();
        var id = await PublishedAsync(coop);
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var observerName = "ناظر " + Guid.NewGuid().ToString("N")[..6];
        var observerUser = await NamedReviewerAsync(observerName);
        var tehranReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);
        var tehranHead = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));

        var elections = await ViewAsync(head, id);
        Assert.Contains(elections.SupervisionRequiredBecause, r => r.Contains("انتخابات", StringComparison.Ordinal));

        var notAReviewer = await head.Supervision.AssignObserverAsync(id, tehranReviewer.UserId!, default);
        Assert.Equal(ErrorKind.Validation, notAReviewer.Kind);
        Assert.Equal([SupervisionDecisionHandler.NotAReviewer], notAReviewer.Errors["ObserverUserId"]);
        var byHeadOfOffice = await head.Supervision.AssignObserverAsync(id, head.User.UserId!, default);
        Assert.Equal(ErrorKind.Validation, byHeadOfOffice.Kind); // a head is not a reviewer of the province

        var byReviewer = await reviewer.Supervision.AssignObserverAsync(id, observerUser.UserId!, default);
        Assert.Equal(ErrorKind.Forbidden, byReviewer.Kind);
        Assert.Equal(SupervisionDecisionHandler.HeadOnly, byReviewer.Message);
        Assert.Equal(ErrorKind.Forbidden, (await reviewer.Supervision.WaiveAsync(id, "نیازی نیست.", default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await tehranHead.Supervision.AssignObserverAsync(id, observerUser.UserId!, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await tehranHead.Supervision.WaiveAsync(id, "نیازی نیست.", default)).Kind);

        // Elections on the agenda: the office must supervise, so no observer cannot be decided.
        var waived = await head.Supervision.WaiveAsync(id, "کارشناس کافی در دسترس نیست.", default);
        Assert.Equal(ErrorKind.Conflict, waived.Kind);
        Assert.Contains("انتخابات", waived.Message, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.Announced, (await ViewAsync(head, id)).Status);
        Assert.Single(await EventsAsync(id));

        var assigned = await head.Supervision.AssignObserverAsync(id, observerUser.UserId!, default);
        Assert.True(assigned.Succeeded, assigned.Message);
        var view = await ViewAsync(coop.Manager, id);
        Assert.Equal(GeneralAssemblyStatus.Supervised, view.Status);
        Assert.Equal(observerName, view.ObserverName);

        var asObserver = await ViewAsync(As(observerUser), id);
        Assert.True(asObserver.IsObserver);
        Assert.Empty(asObserver.Actions); // the observer's steps come with the minutes
        Assert.False((await ViewAsync(reviewer, id)).IsObserver);
        var events = await EventsAsync(id);
        Assert.Equal([GeneralAssemblyAction.Announce, GeneralAssemblyAction.AssignObserver], events.Select(e => e.Action));
        Assert.Equal(head.User.UserId, events[1].ActorUserId);
    }

    [Fact]
    public async Task An_assembly_without_elections_may_go_unsupervised_with_a_reason()
    {
        var coop = await CooperativeAsync();
        var id = await PublishedAsync(coop, GeneralAssemblyKind.Extraordinary);
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        Assert.Empty((await ViewAsync(head, id)).SupervisionRequiredBecause);

        var withoutReason = await head.Supervision.WaiveAsync(id, "  ", default);
        Assert.Equal(ErrorKind.Conflict, withoutReason.Kind);
        Assert.Equal(GeneralAssemblyStatus.Announced, (await ViewAsync(head, id)).Status);

        var waived = await head.Supervision.WaiveAsync(id, "تغيير نشاني ساده است.", default);
        Assert.True(waived.Succeeded, waived.Message);
        var view = await ViewAsync(coop.Manager, id);
        Assert.Equal(GeneralAssemblyStatus.Unsupervised, view.Status);
        Assert.Equal("تغییر نشانی ساده است.", view.SupervisionWaiverReason);
        Assert.Null(view.ObserverName);
        var waiver = (await EventsAsync(id)).Last();
        Assert.Equal((GeneralAssemblyAction.WaiveSupervision, head.User.UserId), (waiver.Action, waiver.ActorUserId));
    }

    [Fact]
    public async Task The_view_offers_each_person_the_steps_of_the_workflow_table_open_to_them()
    {
        var coop = await CooperativeAsync();
        var id = await DraftAsync(coop, GeneralAssemblyKind.Extraordinary);
        Assert.Equal(new HashSet<GeneralAssemblyAction> { GeneralAssemblyAction.Announce, GeneralAssemblyAction.Cancel }, (await ViewAsync(coop.Manager, id)).Actions);
        Assert.True((await coop.Manager.AnnounceAssembly.HandleAsync(id, default)).Succeeded);

        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var admin = As(await fixture.NewUserAsync(Roles.Admin));
        Assert.Equal(new HashSet<GeneralAssemblyAction> { GeneralAssemblyAction.Cancel }, (await ViewAsync(coop.Manager, id)).Actions);
        Assert.Equal(new HashSet<GeneralAssemblyAction> { GeneralAssemblyAction.AssignObserver, GeneralAssemblyAction.WaiveSupervision }, (await ViewAsync(head, id)).Actions);
        Assert.Empty((await ViewAsync(reviewer, id)).Actions);
        Assert.Empty((await ViewAsync(admin, id)).Actions);
    }

    [Fact]
    public async Task A_head_who_manages_the_cooperative_does_not_decide_its_supervision()
    {
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var coop = await CooperativeAsync(manager: head);
        var id = await PublishedAsync(coop, GeneralAssemblyKind.Extraordinary);
        var observer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);

        var view = await ViewAsync(coop.Manager, id);
        Assert.True(view.IsManager);
        // Only the manager's own step is offered; the office's steps are not, though the account is the head's.
        Assert.Equal(new HashSet<GeneralAssemblyAction> { GeneralAssemblyAction.Cancel }, view.Actions);
        Assert.DoesNotContain(view.Actions, a => a is GeneralAssemblyAction.AssignObserver or GeneralAssemblyAction.WaiveSupervision);

        Assert.Contains((await coop.Manager.Supervision.AssignObserverAsync(id, observer.UserId!, default)).Kind, new[] { ErrorKind.NotFound, ErrorKind.Forbidden });
        Assert.Contains((await coop.Manager.Supervision.WaiveAsync(id, "نشانی تغییر می‌کند، نیازی به ناظر نیست.", default)).Kind, new[] { ErrorKind.NotFound, ErrorKind.Forbidden });
        Assert.Equal(GeneralAssemblyStatus.Announced, (await ViewAsync(coop.Manager, id)).Status);
        Assert.Equal([GeneralAssemblyAction.Announce], (await EventsAsync(id)).Select(e => e.Action));

        // Another head of the province decides it.
        var otherHead = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        Assert.Equal(new HashSet<GeneralAssemblyAction> { GeneralAssemblyAction.AssignObserver, GeneralAssemblyAction.WaiveSupervision }, (await ViewAsync(otherHead, id)).Actions);
        Assert.True((await otherHead.Supervision.AssignObserverAsync(id, observer.UserId!, default)).Succeeded);
    }

    [Fact]
    public async Task A_reviewer_who_manages_the_cooperative_is_not_made_its_observer()
    {
        // Made its observer, the reviewer could never confirm or report (separation of duties keeps a manager from
        // the office's steps on the cooperative's case), and no observer can be reassigned once the minutes are sent.
        var managingReviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var coop = await CooperativeAsync(manager: managingReviewer);
        var id = await PublishedAsync(coop);
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));

        var refused = await head.Supervision.AssignObserverAsync(id, managingReviewer.UserId!, default);
        Assert.Equal(ErrorKind.Validation, refused.Kind);
        Assert.Equal([SupervisionDecisionHandler.ObserverIsParty], refused.Errors["ObserverUserId"]);
        var view = await ViewAsync(head, id);
        Assert.Equal(GeneralAssemblyStatus.Announced, view.Status);
        Assert.Null(view.ObserverName);
        Assert.False((await ViewAsync(coop.Manager, id)).IsObserver);

        var other = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        Assert.True((await head.Supervision.AssignObserverAsync(id, other.UserId!, default)).Succeeded);
        Assert.Equal(GeneralAssemblyStatus.Supervised, (await ViewAsync(head, id)).Status);
    }

    [Fact]
    public async Task Two_heads_deciding_at_once_make_one_decision()
    {
        var coop = await CooperativeAsync();
        var id = await PublishedAsync(coop);
        var first = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var second = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var observer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);

        // The same observer from both: whichever saves second is refused, whether it read the assembly before the
        // first decision was saved (changed elsewhere) or after (already the observer).
        var results = await Task.WhenAll(
            Task.Run(() => first.Supervision.AssignObserverAsync(id, observer.UserId!, default)),
            Task.Run(() => second.Supervision.AssignObserverAsync(id, observer.UserId!, default)));
        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Kind == ErrorKind.Conflict);

        Assert.Equal(GeneralAssemblyStatus.Supervised, (await ViewAsync(coop.Manager, id)).Status);
        var events = await EventsAsync(id);
        Assert.Single(events, e => e.Action == GeneralAssemblyAction.AssignObserver);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public async Task A_manager_calls_off_a_published_assembly_once()
    {
        var coop = await CooperativeAsync();
        var id = await PublishedAsync(coop);
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        Assert.Equal(ErrorKind.NotFound, (await head.CancelAssembly.HandleAsync(id, "لغو از سوی اداره", default)).Kind);

        var cancelled = await coop.Manager.CancelAssembly.HandleAsync(id, "هيئت مديره تاريخ ديگري را برگزيد.", default);
        Assert.True(cancelled.Succeeded, cancelled.Message);
        var view = await ViewAsync(coop.Manager, id);
        Assert.Equal(GeneralAssemblyStatus.Cancelled, view.Status);
        Assert.Empty(view.Actions);
        var cancel = (await EventsAsync(id)).Last();
        Assert.Equal((GeneralAssemblyAction.Cancel, GeneralAssemblyStatus.Announced, GeneralAssemblyStatus.Cancelled), (cancel.Action, cancel.FromStatus, cancel.ToStatus));
        Assert.Equal("هیئت مدیره تاریخ دیگری را برگزید.", cancel.Comment);
        Assert.Equal(GeneralAssemblyStatus.Cancelled, (await ViewAsync(head, id)).Status);

        var again = await coop.Manager.CancelAssembly.HandleAsync(id, "دوباره", default);
        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Equal(2, (await EventsAsync(id)).Count);
        Assert.Equal(ErrorKind.Conflict, (await head.Supervision.AssignObserverAsync(id, (await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan)).UserId!, default)).Kind);

        // A cancelled notice does not block the next one.
        var next = await coop.Manager.StartGeneralAssembly.HandleAsync(coop.Id, GeneralAssemblyKind.Ordinary, default);
        Assert.True(next.Succeeded, next.Message);
        Assert.NotEqual(id, next.Value);
    }

    [Fact]
    public async Task The_history_of_an_assembly_cannot_be_changed_or_deleted()
    {
        var coop = await CooperativeAsync();
        var id = await PublishedAsync(coop);
        Assert.Single(await EventsAsync(id));

        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync($"UPDATE general_assembly_events SET \"Comment\" = 'rewritten' WHERE \"AssemblyId\" = '{id}'"));
        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync($"DELETE FROM general_assembly_events WHERE \"AssemblyId\" = '{id}'"));
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);

        var kept = Assert.Single(await EventsAsync(id));
        Assert.Null(kept.Comment);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
