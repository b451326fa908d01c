using CoopPortal.Application.Assemblies.ReviewMinutes;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Application.Supervision.DeclarationQueue;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Supervision;

/// <summary>
/// Issue 19 point 5 on real PostgreSQL: general assemblies the office confirmed reach the supervision of the year. The
/// next declaration is pre-filled from the changed registry; risk rules R01–R03 read the recorded assembly and terms
/// (the manager's answers only where the registry has nothing), the same for the manager and the office; the compliance
/// list shows and counts the year's recorded ordinary assembly; who may see what is unchanged.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RecordedAssemblyTests(PortalDatabaseFixture fixture)
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>1405/04/10: fiscal year 1404 has ended and its declaration (due 1405/04/31) is still on time.</summary>
    private static readonly TimeProvider Summer = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>1405/09/02: the declaration of 1404 is overdue; the compliance list speaks of 1404.</summary>
    private static readonly TimeProvider Autumn = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private const string Invitation = "از همه اعضای محترم تعاونی دعوت می‌شود در مجمع عمومی شرکت کنند.";

    private static readonly AgendaItem[] Statements = [new(AgendaItemKind.ApproveFinancialStatements)];

    private sealed record Coop(Guid Id, string Name, CurrentUserSnapshot User);

    private Task<AppDbContext> DbAsync() => fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>An imported cooperative registered in 1400 (its CEO is the manager), with <paramref name="officers"/> in the registry besides.</summary>
    private async Task<Coop> CooperativeAsync(int province = PortalDatabaseFixture.Zanjan, params OfficerEntry[] officers)
    {
        var user = await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی ثبت‌شده " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            J("1400/01/15"), null, province, null, null, 20, 900_000_000, user.NationalCode!, "مدیرعامل آزمون", null), DateTime.UtcNow);
        if (officers.Length > 0)
        {
            cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Ceo, "مدیرعامل آزمون", user.NationalCode!), .. officers]);
        }

        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return new Coop(cooperative.Id, cooperative.Name, user);
    }

    /// <summary>
    /// An assembly of the cooperative published 20 days before <paramref name="meetingOn"/>, held without an observer and
    /// minuted through the aggregate (every item adopted), then confirmed by a reviewer of the province through the use
    /// case, which changes the registry.
    /// </summary>
    private async Task<Guid> ConfirmedAsync(Coop coop, GeneralAssemblyKind kind, DateOnly meetingOn, AgendaItem[] agenda, params ElectedOfficer[] elected)
    {
        var province = await ProvinceOfAsync(coop);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, province);
        var now = DateTime.UtcNow;
        GeneralAssembly assembly;
        await using (var db = await DbAsync())
        {
            var cooperative = await db.Cooperatives.SingleAsync(c => c.Id == coop.Id);
            assembly = GeneralAssembly.Start(cooperative, coop.User.UserId!, kind, now);
            assembly.EditNotice(new AssemblyNotice(kind, meetingOn, new TimeOnly(16, 30), "زنجان، خیابان سعدی، سالن تعاونی", null, Invitation), now);
            assembly.SetAgenda(agenda, now);
            assembly.Announce(meetingOn.AddDays(-20), AssemblyRules.Default, now);
            assembly.WaiveSupervision(head.UserId!, "مجمع بدون ناظر برگزار می‌شود.", [], now);
            assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 12, 2), now);
            assembly.RecordResolutions(agenda.Select((_, i) => new Resolution(i, true, 12, 1)), now);
            assembly.RecordElected(elected, now);
            assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 10, "00", "none", now);
            assembly.SubmitMinutes(new MinutesContext(meetingOn.AddDays(2), RegistryRules.Default, AssemblyRules.Default, elected.Select(e => (e.Role, e.NationalCode)).ToList()), now);
            db.GeneralAssemblies.Add(assembly);
            await db.SaveChangesAsync();
        }

        var reviewer = new MinutesReviewHandler(
            fixture.Db, new PortalDatabaseFixture.FixedUser(await fixture.NewUserAsync(Roles.Reviewer, province)),
            fixture.Factory.Services.GetRequiredService<IOptionsMonitor<RegistryRules>>(),
            fixture.Factory.Services.GetRequiredService<IOptionsMonitor<Domain.Liquidation.LiquidationRules>>(),
            fixture.Factory.Services.GetRequiredService<Application.Assemblies.ChangeNotice.ChangeNoticeIssuer>(), new PortalClock(Summer));
        var confirmed = await reviewer.ConfirmAsync(assembly.Id, default);
        Assert.True(confirmed.Succeeded, confirmed.Message);
        return assembly.Id;
    }

    private async Task<int> ProvinceOfAsync(Coop coop)
    {
        await using var db = await DbAsync();
        return await db.Cooperatives.Where(c => c.Id == coop.Id).Select(c => c.ProvinceId).SingleAsync();
    }

    private static ElectedOfficer Elected(OfficerRole post, string name) => new(post, name, PortalDatabaseFixture.NewNationalCode(), 12);

    [Fact]
    public async Task A_confirmed_election_and_capital_change_pre_fill_the_next_declaration_over_last_year_s()
    {
        var coop = await CooperativeAsync();
        var manager = fixture.As(coop.User, Summer);
        await DeclarationFiling.FileAsync(manager, coop.Id, 1403, DeclarationFiling.Content());

        // The annual ordinary assembly elects a new board and inspector; an extraordinary one raises the capital.
        ElectedOfficer[] elected =
        [
            Elected(OfficerRole.BoardMember, "نرگس امینی"), Elected(OfficerRole.BoardMember, "کاوه رستمی"), Elected(OfficerRole.BoardMember, "لیلا صادقی"),
            Elected(OfficerRole.AlternateBoardMember, "بهرام نوری"), Elected(OfficerRole.Inspector, "پروین یزدانی"),
        ];
        await ConfirmedAsync(coop, GeneralAssemblyKind.Ordinary, J("1405/03/20"),
            [new(AgendaItemKind.ApproveFinancialStatements), new(AgendaItemKind.ElectBoard), new(AgendaItemKind.ElectInspectors)], elected);
        await ConfirmedAsync(coop, GeneralAssemblyKind.Extraordinary, J("1405/03/27"),
            [new(AgendaItemKind.ChangeCapital, CapitalFrom: 900_000_000, CapitalTo: 2_500_000_000)]);

        var started = await manager.StartDeclaration.HandleAsync(coop.Id, 1404, default);
        Assert.True(started.Succeeded, started.Message);
        var content = (await manager.GetDeclaration.HandleAsync(started.Value, default)).Value!.Content;

        Assert.Equal(2_500_000_000, content.Capital);
        Assert.Equal(J("1405/03/20"), content.OrdinaryAssemblyHeldOn);
        Assert.Equal(25, content.MembersTotal); // not changed by an assembly: last year's declaration
        var rules = RegistryRules.Default;
        var expected = elected.Select(e => new OfficerEntry(e.Role, e.FullName, e.NationalCode, J("1405/03/20"), rules.TermEndFor(e.Role, J("1405/03/20")))).ToList();
        Assert.Equal(expected.OrderBy(o => o.NationalCode, StringComparer.Ordinal), content.Officers.OrderBy(o => o.NationalCode, StringComparer.Ordinal));
        Assert.Equal(J("1408/03/19"), content.Officers.First(o => o.Role == OfficerRole.BoardMember).TermEndsOn);

        await using var db = await DbAsync();
        var registry = await db.Cooperatives.AsNoTracking().Include(c => c.Officers).SingleAsync(c => c.Id == coop.Id);
        Assert.Equal(registry.Capital, content.Capital);
        Assert.Equal(
            registry.Officers.Where(o => o.Role != OfficerRole.Ceo).Select(o => o.ToEntry()).OrderBy(o => o.NationalCode, StringComparer.Ordinal),
            content.Officers.OrderBy(o => o.NationalCode, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_assessment_reads_the_recorded_assembly_and_terms_the_same_for_the_manager_and_the_office()
    {
        // The registry: the year's ordinary assembly confirmed, a board whose term ended on 1405/01/31.
        var expiredBoard = Enumerable.Range(0, 3)
            .Select(i => new OfficerEntry(OfficerRole.BoardMember, "عضو پیشین " + i, PortalDatabaseFixture.NewNationalCode(), J("1402/02/01"), J("1405/01/31")))
            .ToArray();
        var recorded = await CooperativeAsync(PortalDatabaseFixture.Zanjan, expiredBoard);
        await ConfirmedAsync(recorded, GeneralAssemblyKind.Ordinary, J("1405/03/02"), Statements);
        var manager = fixture.As(recorded.User, Summer);

        // The manager leaves the assembly's day empty and declares a board in term: the registry decides both.
        var answers = DeclarationFiling.Content(assemblyHeld: false);
        var started = await manager.StartDeclaration.HandleAsync(recorded.Id, 1404, default);
        Assert.Equal(J("1405/03/02"), (await manager.GetDeclaration.HandleAsync(started.Value, default)).Value!.Content.OrdinaryAssemblyHeldOn);
        var id = await DeclarationFiling.FileAsync(manager, recorded.Id, 1404, answers, keepAssemblyDay: true);

        var managerView = (await manager.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Null(managerView.Content.OrdinaryAssemblyHeldOn);
        var findings = managerView.Risk!.Findings;
        Assert.DoesNotContain(findings, f => f.RuleId is "R01" or "R03");
        var board = Assert.Single(findings, f => f.RuleId == "R02");
        Assert.Equal("طبق اعضای ثبت‌شده در سامانه، 3 عضو هیئت مدیره با دوره پایان‌یافته؛ نخستین پایان دوره: 1405/01/31", board.Evidence);

        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan), Summer);
        var officeView = (await reviewer.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Equal(findings, officeView.Risk!.Findings);
        var queued = (await reviewer.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(Search: recorded.Name), default)).Items.Single(i => i.Id == id);
        Assert.Equal(findings, queued.Findings);

        // A cooperative whose registry has nothing the rules read: the manager's answers, said so.
        var imported = await CooperativeAsync();
        var importedManager = fixture.As(imported.User, Summer);
        var declared = answers with { Officers = [.. answers.Officers.Select(o => o with { TermEndsOn = J("1405/02/01") })] };
        var importedId = await DeclarationFiling.FileAsync(importedManager, imported.Id, 1404, declared, keepAssemblyDay: true);
        var importedFindings = (await reviewer.GetDeclaration.HandleAsync(importedId, default)).Value!.Risk!.Findings;
        Assert.Equal("در سامانه مجمع عادی این سال ثبت نشده و طبق اظهار مدیر، تاریخ مجمع عادی اعلام نشده است؛ مهلت: 1405/04/31",
            Assert.Single(importedFindings, f => f.RuleId == "R01").Evidence);
        Assert.StartsWith(RiskRules.Declared + "، 3 عضو هیئت مدیره", Assert.Single(importedFindings, f => f.RuleId == "R02").Evidence, StringComparison.Ordinal);
        Assert.StartsWith(RiskRules.Declared + "، 1 بازرس", Assert.Single(importedFindings, f => f.RuleId == "R03").Evidence, StringComparison.Ordinal);
        Assert.Equal(importedFindings, (await importedManager.GetDeclaration.HandleAsync(importedId, default)).Value!.Risk!.Findings);

        // Who may see a declaration is unchanged: another cooperative's manager, another province's staff, anyone signed out.
        Assert.Equal(ErrorKind.NotFound, (await importedManager.GetDeclaration.HandleAsync(id, default)).Kind);
        var tehran = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran), Summer);
        Assert.Equal(ErrorKind.NotFound, (await tehran.GetDeclaration.HandleAsync(id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await fixture.As(CurrentUserSnapshot.Anonymous, Summer).GetDeclaration.HandleAsync(id, default)).Kind);
    }

    [Fact]
    public async Task The_compliance_list_shows_and_counts_the_ordinary_assembly_recorded_for_the_year()
    {
        var held = await CooperativeAsync();
        var none = await CooperativeAsync();
        var extraordinaryOnly = await CooperativeAsync();
        var lastYears = await CooperativeAsync();
        var tehranHeld = await CooperativeAsync(PortalDatabaseFixture.Tehran);
        await ConfirmedAsync(held, GeneralAssemblyKind.Ordinary, J("1405/03/20"), Statements);
        await ConfirmedAsync(extraordinaryOnly, GeneralAssemblyKind.Extraordinary, J("1405/03/20"), [new(AgendaItemKind.ChangeAddress, NewAddress: "زنجان، بلوار آزادی، پلاک ۱۲")]);
        await ConfirmedAsync(lastYears, GeneralAssemblyKind.Ordinary, J("1404/03/20"), Statements); // fiscal year 1403's
        await ConfirmedAsync(tehranHeld, GeneralAssemblyKind.Ordinary, J("1405/03/20"), Statements);

        var zanjan = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan), Autumn);
        var report = await zanjan.Compliance.HandleAsync(new ComplianceFilter(), default);
        Assert.Equal(1404, report.FiscalYear);
        Assert.Equal(await RecordedCountAsync(PortalDatabaseFixture.Zanjan), report.AssemblyHeld);
        Assert.True(report.AssemblyHeld >= 1);

        Assert.Equal(J("1405/03/20"), (await ItemAsync(zanjan, held)).OrdinaryAssemblyHeldOn);
        Assert.Null((await ItemAsync(zanjan, none)).OrdinaryAssemblyHeldOn);
        Assert.Null((await ItemAsync(zanjan, extraordinaryOnly)).OrdinaryAssemblyHeldOn);
        Assert.Null((await ItemAsync(zanjan, lastYears)).OrdinaryAssemblyHeldOn);

        // Each office counts its own province; a manager sees no list and no count.
        var tehran = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran), Autumn);
        var tehranReport = await tehran.Compliance.HandleAsync(new ComplianceFilter(Search: held.Name), default);
        Assert.Empty(tehranReport.Items);
        Assert.Equal(await RecordedCountAsync(PortalDatabaseFixture.Tehran), tehranReport.AssemblyHeld);
        Assert.Equal(J("1405/03/20"), (await ItemAsync(tehran, tehranHeld)).OrdinaryAssemblyHeldOn);
        var admin = fixture.As(await fixture.NewUserAsync(Roles.Admin), Autumn);
        Assert.Equal(await RecordedCountAsync(null), (await admin.Compliance.HandleAsync(new ComplianceFilter(), default)).AssemblyHeld);
        Assert.Equal(report.AssemblyHeld, (await admin.Compliance.HandleAsync(new ComplianceFilter(PortalDatabaseFixture.Zanjan), default)).AssemblyHeld);
        var managerReport = await fixture.As(held.User, Autumn).Compliance.HandleAsync(new ComplianceFilter(PortalDatabaseFixture.Zanjan), default);
        Assert.Equal((0, 0), (managerReport.Cooperatives, managerReport.AssemblyHeld));
        Assert.Empty(managerReport.Items);

        // Once the cooperative declares 1404 it leaves the list, but it is still counted.
        await DeclarationFiling.FileAsync(fixture.As(held.User, Autumn), held.Id, 1403, DeclarationFiling.Content());
        await DeclarationFiling.FileAsync(fixture.As(held.User, Autumn), held.Id, 1404, DeclarationFiling.Content());
        var after = await zanjan.Compliance.HandleAsync(new ComplianceFilter(Search: held.Name), default);
        Assert.Empty(after.Items);
        Assert.Equal(await RecordedCountAsync(PortalDatabaseFixture.Zanjan), after.AssemblyHeld);
    }

    /// <summary>
    /// The province's (every province's when null) cooperatives with a confirmed annual ordinary assembly held after
    /// 1404/12/29 and by 1405/12/29, counted here.
    /// </summary>
    private async Task<int> RecordedCountAsync(int? province)
    {
        await using var db = await DbAsync();
        var after = J("1404/12/29");
        var until = J("1405/12/29");
        return await db.GeneralAssemblies
            .Where(a => (province == null || a.ProvinceId == province) && a.Status == GeneralAssemblyStatus.Confirmed && a.Notice.Kind == GeneralAssemblyKind.Ordinary
                && a.Notice.MeetingOn > after && a.Notice.MeetingOn <= until)
            .Select(a => a.CooperativeId).Distinct().CountAsync();
    }

    private static async Task<ComplianceItem> ItemAsync(PortalDatabaseFixture.Handlers office, Coop coop)
    {
        var report = await office.Compliance.HandleAsync(new ComplianceFilter(Search: coop.Name), default);
        return Assert.Single(report.Items, i => i.CooperativeId == coop.Id);
    }
}
