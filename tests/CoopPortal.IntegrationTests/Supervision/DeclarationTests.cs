using CoopPortal.Testing;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Application.Supervision.DeclarationQueue;
using CoopPortal.Application.Supervision.StartDeclaration;
using CoopPortal.Application.Supervision.SubmitDeclaration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Supervision;

/// <summary>
/// The annual self-declaration on a real database: pre-filled from the registry and from last year, filed by a manager
/// linked by national code, queued by risk for the province's office, decided, and kept from everyone else.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DeclarationTests(PortalDatabaseFixture fixture)
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>The tests' today: 1405/09/02, when 1404 has ended and its declaration (due 1405/04/31) is overdue.</summary>
    private static readonly TimeProvider Clock = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private PortalDatabaseFixture.Handlers As(CurrentUserSnapshot user) => fixture.As(user, Clock);

    private sealed record Coop(Guid Id, CurrentUserSnapshot User, PortalDatabaseFixture.Handlers Manager, string Name, string RegistrationNumber);

    /// <summary>An existing cooperative (registered in 1400) whose manager has an account.</summary>
    private async Task<Coop> CooperativeAsync(int province = PortalDatabaseFixture.Zanjan, int members = 20, string? name = null)
    {
        var user = await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            name ?? "تعاونی آزمون " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            J("1400/01/15"), null, province, null, null, members, 500_000_000, user.NationalCode!, "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return new Coop(cooperative.Id, user, As(user), cooperative.Name, cooperative.RegistrationNumber!);
    }

    private static DeclarationContent Content(bool assemblyHeld = true, long netResult = 150_000_000) => DeclarationFiling.Content(assemblyHeld, netResult);

    /// <summary>Starts, fills, confirms and submits a declaration for a fiscal year; returns its id.</summary>
    private static Task<Guid> FileAsync(Coop coop, int year, DeclarationContent content, bool report = true) =>
        DeclarationFiling.FileAsync(coop.Manager, coop.Id, year, content, report);

    /// <summary>«ارسال» on the check-answers page: the declaration of truth for the revision the page showed.</summary>
    private static Task<Result> SendAsync(Coop coop, Guid id, bool truthDeclared = true, int? checkedRevision = null) =>
        DeclarationFiling.SendAsync(coop.Manager, id, truthDeclared, checkedRevision);

    [Fact]
    public async Task Sending_needs_the_declaration_of_truth_for_what_was_checked_and_saving_does_not_clear_it()
    {
        var coop = await CooperativeAsync();
        var started = await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1404, default);
        var id = started.Value;
        foreach (var section in DeclarationSectionText.All)
        {
            Assert.True((await coop.Manager.SaveDeclarationSection.HandleAsync(id, section, Content(), true, default)).Succeeded);
        }

        using (var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf))
        {
            Assert.True((await coop.Manager.UploadInspectorsReport.HandleAsync(id, "گزارش.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default)).Succeeded);
        }

        var checkedView = (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Empty(checkedView.Problems); // the declaration of truth is not a problem of the draft: it is given with «send»
        Assert.All(DeclarationSectionText.All, s => Assert.Equal(SectionStatus.Completed, checkedView.StatusOf(s)));

        var withoutTruth = await SendAsync(coop, id, truthDeclared: false);
        Assert.Equal(ErrorKind.Validation, withoutTruth.Kind);
        Assert.Equal([SelfDeclaration.TruthNotDeclared], withoutTruth.Errors[SubmitDeclarationHandler.TruthField]);

        // Saved again elsewhere after the check-answers page was read: that page's declaration does not cover it.
        Assert.True((await coop.Manager.SaveDeclarationSection.HandleAsync(id, DeclarationSection.Members, Content() with { Employees = 7 }, true, default)).Succeeded);
        var stale = await SendAsync(coop, id, checkedRevision: checkedView.Revision);
        Assert.Equal(ErrorKind.Conflict, stale.Kind);
        Assert.Equal(SelfDeclaration.ChangedSinceChecked, stale.Message);
        Assert.Equal(DeclarationStatus.Draft, (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!.Status);

        var sent = await SendAsync(coop, id);
        Assert.True(sent.Succeeded, sent.Message);
        var view = (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Equal(DeclarationStatus.Submitted, view.Status);
        Assert.True(view.TruthDeclared);
        Assert.Equal(7, view.Content.Employees);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(view.Revision, (await db.SelfDeclarations.SingleAsync(d => d.Id == id)).Revision);
    }

    [Fact]
    public async Task The_first_declaration_is_pre_filled_from_the_registry_and_the_next_from_last_year()
    {
        var coop = await CooperativeAsync(members: 20);
        var firstId = (await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1403, default)).Value;
        var first = (await coop.Manager.GetDeclaration.HandleAsync(firstId, default)).Value!;
        Assert.Equal(20, first.Content.MembersTotal);
        Assert.Equal(500_000_000, first.Content.Capital);
        Assert.Equal(coop.User.NationalCode, Assert.Single(first.Content.Officers).NationalCode);
        Assert.True(first.CanEdit);
        Assert.True(first.RiskIsPreview);
        Assert.NotEmpty(first.Problems);

        await FileAsync(coop, 1403, Content(netResult: -40_000_000));
        // 1403 was already started above: FileAsync reused it (one declaration per year).
        var secondId = (await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1404, default)).Value;
        var second = (await coop.Manager.GetDeclaration.HandleAsync(secondId, default)).Value!;
        Assert.Equal(25, second.Content.MembersTotal);
        Assert.Equal(10, second.Content.MembersWomen);
        Assert.Equal(900_000_000, second.Content.Capital);
        Assert.Equal(4, second.Content.Officers.Count);
        Assert.Null(second.Content.TotalAssets);
        Assert.Null(second.Content.OrdinaryAssemblyHeldOn);
        Assert.Equal(-40_000_000, second.PreviousYearNetProfitOrLoss);

        // A year that has not ended cannot be declared; a year before registration neither.
        Assert.Equal(StartDeclarationHandler.YearNotEnded, (await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1405, default)).Message);
        Assert.Equal(StartDeclarationHandler.YearBeforeRegistration, (await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1399, default)).Message);
    }

    [Fact]
    public async Task Two_losses_running_and_no_assembly_make_a_high_risk_that_the_queue_puts_first_with_its_reasons()
    {
        var sound = await CooperativeAsync();
        var risky = await CooperativeAsync();
        await FileAsync(risky, 1403, Content(netResult: -1_000_000));
        var soundId = await FileAsync(sound, 1404, Content());
        var riskyId = await FileAsync(risky, 1404, Content(assemblyHeld: false, netResult: -2_000_000), report: false);

        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var queue = (await reviewer.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(), default)).Items.Where(i => i.Id == soundId || i.Id == riskyId).ToList();
        Assert.Equal([riskyId, soundId], queue.Select(i => i.Id));
        var high = queue[0];
        Assert.Equal(RiskBand.High, high.RiskBand);
        Assert.Contains(high.Findings, f => f.RuleId == "R01");
        Assert.Contains(high.Findings, f => f.RuleId == "R04");
        var losses = Assert.Single(high.Findings, f => f.RuleId == "R07");
        Assert.Contains("1403", losses.Evidence, StringComparison.Ordinal);
        Assert.Equal(high.Findings.Sum(f => f.Points), high.RiskTotal);
        Assert.DoesNotContain(queue[1].Findings, f => f.RuleId is "R01" or "R04" or "R07");
    }

    [Fact]
    public async Task The_queue_is_paged_riskiest_first_and_found_by_name_or_registration_number_within_the_province()
    {
        var token = "نسترن" + new string(Enumerable.Range(0, 4).Select(_ => "ابپتجچدرزسشفقلمنه"[Random.Shared.Next(17)]).ToArray());
        var coops = new List<Coop>();
        for (var i = 0; i < 3; i++)
        {
            coops.Add(await CooperativeAsync(name: $"تعاونی {token} شماره {i + 1}"));
        }

        var low = await FileAsync(coops[0], 1404, Content());
        var high = await FileAsync(coops[1], 1404, Content(assemblyHeld: false, netResult: -2_000_000), report: false);
        var middle = await FileAsync(coops[2], 1404, Content(assemblyHeld: false));
        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));

        // Typed with Arabic ي/ك and no space after «تعاونی»: the name key matches as a person reads it.
        var typed = $"تعاوني{token}".Replace('ی', 'ي');
        var first = await reviewer.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(Search: typed, PageSize: 2), default);
        var second = await reviewer.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(Search: typed, Page: 2, PageSize: 2), default);
        Assert.Equal((3, 2, 1, 2), (first.Matching, first.Pages, first.Page, first.Items.Count));
        Assert.Equal([high, middle, low], first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.True(first.Items[0].RiskTotal >= first.Items[1].RiskTotal && first.Items[1].RiskTotal >= second.Items[0].RiskTotal);

        // A page past the end shows the last one; the registration number may be typed in Persian digits.
        Assert.Equal([low], (await reviewer.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(Search: typed, Page: 9, PageSize: 2), default)).Items.Select(i => i.Id));
        var byNumber = await reviewer.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(Search: PersianDigits.ToPersian(coops[2].RegistrationNumber)), default);
        Assert.Contains(byNumber.Items, i => i.Id == middle);
        Assert.DoesNotContain(byNumber.Items, i => i.Id == low || i.Id == high);

        // Another province's reviewer finds nothing, however it is searched.
        var tehran = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        Assert.Equal(0, (await tehran.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(true, typed), default)).Matching);
    }

    [Fact]
    public async Task The_office_sends_back_accepts_or_plans_a_visit_and_the_manager_is_told()
    {
        var coop = await CooperativeAsync();
        var id = await FileAsync(coop, 1404, Content());
        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var view = (await reviewer.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.True(view.CanReview);
        Assert.Equal(new HashSet<DeclarationAction> { DeclarationAction.SendBack, DeclarationAction.PlanInspection, DeclarationAction.Accept }, view.Decisions);
        Assert.False(view.CanEdit);
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", view.ReceiptNumber);

        Assert.True((await reviewer.DeclarationReview.SendBackAsync(id, "صورت‌های مالی حسابرسی‌شده را پیوست کنید.", default)).Succeeded);
        var returned = (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Equal(DeclarationStatus.ReturnedForCorrection, returned.Status);
        Assert.Equal("صورت‌های مالی حسابرسی‌شده را پیوست کنید.", returned.ReturnComment);
        Assert.True(returned.CanEdit);
        Assert.True((await SendAsync(coop, id)).Succeeded);

        var badDate = await reviewer.DeclarationReview.PlanInspectionAsync(id, "فردا", null, default);
        Assert.Equal(ErrorKind.Validation, badDate.Kind);
        var past = await reviewer.DeclarationReview.PlanInspectionAsync(id, "1400/01/01", null, default);
        Assert.Equal(ErrorKind.Conflict, past.Kind);
        Assert.True((await reviewer.DeclarationReview.PlanInspectionAsync(id, "۱۴۰۵/۰۹/۲۰", "بررسی دفاتر قانونی", default)).Succeeded);
        Assert.True((await reviewer.DeclarationReview.AcceptAsync(id, null, default)).Succeeded);
        Assert.Equal(ErrorKind.Conflict, (await reviewer.DeclarationReview.AcceptAsync(id, null, default)).Kind);

        var final = (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Equal(DeclarationStatus.Accepted, final.Status);
        Assert.Equal(["Submit", "SendBack", "Resubmit", "PlanInspection", "Accept"], final.History.Select(h => h.Title).Select(ActionOf));
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var told = await db.Notifications.Where(n => n.UserId == coop.User.UserId && n.Link == $"declarations/{id}").CountAsync();
        Assert.Equal(3, told);
    }

    private static string ActionOf(string title) =>
        Enum.GetValues<DeclarationAction>().Single(a => DeclarationText.ActionTitle(a) == title).ToString();

    [Fact]
    public async Task A_manager_sees_only_their_cooperative_and_a_reviewer_only_their_province_once_sent()
    {
        var coop = await CooperativeAsync();
        var other = await CooperativeAsync();
        var draftId = (await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1403, default)).Value;
        var zanjan = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var tehran = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        var tehranHead = As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));

        // The other cooperative's manager: nothing of this cooperative, in any way.
        Assert.Equal(ErrorKind.NotFound, (await other.Manager.Cooperatives.GetAsync(coop.Id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Manager.StartDeclaration.HandleAsync(coop.Id, 1404, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Manager.GetDeclaration.HandleAsync(draftId, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Manager.SaveDeclarationSection.HandleAsync(draftId, DeclarationSection.Members, Content(), true, default)).Kind);
        Assert.DoesNotContain(await other.Manager.Cooperatives.MineAsync(default), c => c.Id == coop.Id);

        // Staff do not see a draft.
        Assert.Equal(ErrorKind.NotFound, (await zanjan.GetDeclaration.HandleAsync(draftId, default)).Kind);

        var id = await FileAsync(coop, 1404, Content());
        foreach (var outsider in new[] { other.Manager, tehran, tehranHead })
        {
            Assert.Equal(ErrorKind.NotFound, (await outsider.GetDeclaration.HandleAsync(id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await outsider.DeclarationReview.AcceptAsync(id, null, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await outsider.DeclarationReview.SendBackAsync(id, "دلیل", default)).Kind);
            Assert.Null(await outsider.DeclarationDocuments.BuildAsync(id, Application.Supervision.Documents.DeclarationDocumentKind.Report, default));
            Assert.DoesNotContain((await outsider.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(true, coop.Name), default)).Items, i => i.Id == id);
        }

        Assert.Equal(ErrorKind.NotFound, (await tehran.Cooperatives.GetAsync(coop.Id, default)).Kind);

        // The manager cannot decide on their own declaration; the reviewer cannot edit it.
        Assert.Equal(ErrorKind.NotFound, (await coop.Manager.DeclarationReview.AcceptAsync(id, null, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await zanjan.SaveDeclarationSection.HandleAsync(id, DeclarationSection.Members, Content(), true, default)).Kind);
        Assert.True((await zanjan.GetDeclaration.HandleAsync(id, default)).Succeeded);
        Assert.True((await zanjan.Cooperatives.GetAsync(coop.Id, default)).Succeeded);
        Assert.Contains((await zanjan.DeclarationQueue.HandleAsync(new DeclarationQueueFilter(false, coop.Name), default)).Items, i => i.Id == id);
    }

    [Fact]
    public async Task Cooperatives_without_declarations_are_overdue_and_two_missing_years_mark_them_possibly_dormant()
    {
        var silent = await CooperativeAsync();
        var once = await CooperativeAsync();
        var diligent = await CooperativeAsync();
        var tehran = await CooperativeAsync(PortalDatabaseFixture.Tehran);
        await FileAsync(once, 1403, Content());
        await FileAsync(diligent, 1403, Content());
        await FileAsync(diligent, 1404, Content());
        _ = (await silent.Manager.StartDeclaration.HandleAsync(silent.Id, 1404, default)).Value; // a draft is not a declaration

        var zanjan = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var silentItem = await ComplianceItemAsync(zanjan, silent);
        Assert.NotNull(silentItem);
        Assert.True(silentItem.PossiblyDormant);
        Assert.Equal([1404, 1403], silentItem.MissingYears);
        Assert.Null(silentItem.LastDeclaredYear);
        var onceItem = await ComplianceItemAsync(zanjan, once);
        Assert.NotNull(onceItem);
        Assert.False(onceItem.PossiblyDormant);
        Assert.Equal([1404], onceItem.MissingYears);
        Assert.Equal(1403, onceItem.LastDeclaredYear);
        Assert.Null(await ComplianceItemAsync(zanjan, diligent));
        Assert.Null(await ComplianceItemAsync(zanjan, tehran)); // another province: not in a Zanjan reviewer's list

        var applicantView = await silent.Manager.Compliance.HandleAsync(new ComplianceFilter(PortalDatabaseFixture.Zanjan), default);
        Assert.Empty(applicantView.Items);
        Assert.Equal(0, applicantView.Cooperatives);

        // In the spring of 1406, 1405 has ended but is not due before 31 Tir: the list still speaks of 1404 and 1403.
        var spring = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan), new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2027, 4, 30, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal(1404, (await spring.Compliance.HandleAsync(new ComplianceFilter(), default)).FiscalYear);
        var stillSilent = await ComplianceItemAsync(spring, silent);
        Assert.NotNull(stillSilent);
        Assert.True(stillSilent.PossiblyDormant);
        Assert.Equal([1404, 1403], stillSilent.MissingYears);
        Assert.Null(await ComplianceItemAsync(spring, diligent));
    }

    [Fact]
    public async Task The_compliance_totals_and_every_page_equal_the_rule_computed_here_from_the_registry()
    {
        // 130 more cooperatives in Zanjan (more than one page), registered before 1403, during 1404, on either side of
        // the instant 1404 began in Iran (20 March 2025, 20:30 UTC), and this year (owing nothing yet).
        var yearBegan = new DateTime(2025, 3, 20, 20, 30, 0, DateTimeKind.Utc);
        var registered = new List<DateTime>();
        for (var i = 0; i < 130; i++)
        {
            registered.Add((i % 5) switch
            {
                0 => yearBegan.AddMinutes(-1), // 1403/12/30 23:59 in Tehran: owes 1403 and 1404
                1 => yearBegan.AddMinutes(1), // 1404/01/01 00:01: owes 1404 only, never dormant
                2 => new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc),
                3 => new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), // 1405: nothing due yet
                _ => new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        }

        var coops = new List<Coop>();
        foreach (var at in registered)
        {
            var coop = await CooperativeAsync();
            coops.Add(coop);
            await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            await db.Cooperatives.Where(c => c.Id == coop.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.RegisteredAtUtc, at));
        }

        await FileAsync(coops[0], 1403, Content());
        await FileAsync(coops[4], 1404, Content());
        await FileAsync(coops[5], 1403, Content());
        await FileAsync(coops[5], 1404, Content());

        // The rule, computed here from every Zanjan cooperative and every sent declaration, as the office states it.
        List<(Guid Id, DateTime RegisteredAtUtc, CooperativeStatus Status)> registry;
        List<(Guid CooperativeId, int Year)> sent;
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            registry = (await db.Cooperatives.Where(c => c.ProvinceId == PortalDatabaseFixture.Zanjan).Select(c => new { c.Id, c.RegisteredAtUtc, c.Status }).ToListAsync())
                .Select(c => (c.Id, c.RegisteredAtUtc, c.Status)).ToList();
            sent = (await db.SelfDeclarations.Where(d => d.Status != DeclarationStatus.Draft).Select(d => new { d.CooperativeId, d.FiscalYear }).ToListAsync())
                .Select(d => (d.CooperativeId, d.FiscalYear)).ToList();
        }

        var expected = new Dictionary<Guid, (int[] Missing, bool Dormant, int? Last)>();
        foreach (var (id, at, status) in registry)
        {
            var firstYear = JalaliDate.YearOf(Application.Common.Formatting.PersianFormat.LocalDate(at));
            var owed = new[] { 1404, 1403 }.Where(y => y >= firstYear).ToArray();
            var missing = owed.Where(y => !sent.Contains((id, y))).ToArray();
            if (missing.Length > 0)
            {
                var years = sent.Where(s => s.CooperativeId == id).Select(s => (int?)s.Year).ToList();
                // A cooperative whose dissolution was decided (another test's) is never possibly dormant (ADR 27).
                expected[id] = (missing, owed.Length == 2 && missing.Length == 2 && CooperativeLifecycle.FilesDeclarations(status), years.Max());
            }
        }

        Assert.Equal([1404], expected[coops[0].Id].Missing); // a minute before 1404: owes both, sent 1403
        Assert.Equal([1403], expected[coops[4].Id].Missing);
        Assert.False(expected.ContainsKey(coops[5].Id)); // registered just before 1404, declared both years
        Assert.Equal([1404], expected[coops[1].Id].Missing); // a minute into 1404: owes only 1404
        Assert.False(expected[coops[1].Id].Dormant);
        Assert.False(expected.ContainsKey(coops[3].Id)); // registered in 1405

        var zanjan = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var first = await zanjan.Compliance.HandleAsync(new ComplianceFilter(), default);
        Assert.Equal(registry.Count, first.Cooperatives);
        Assert.Equal(expected.Count, first.Overdue);
        Assert.Equal(expected.Values.Count(e => e.Dormant), first.PossiblyDormant);
        Assert.Equal(expected.Count, first.Matching);
        Assert.True(first.Pages >= 2, $"{first.Matching} rows should need more than one page of {first.PageSize}");

        var listed = new List<ComplianceItem>();
        for (var page = 1; page <= first.Pages; page++)
        {
            var report = await zanjan.Compliance.HandleAsync(new ComplianceFilter(Page: page), default);
            Assert.Equal(page, report.Page);
            Assert.Equal(page < first.Pages ? first.PageSize : first.Matching - ((first.Pages - 1) * first.PageSize), report.Items.Count);
            listed.AddRange(report.Items);
        }

        Assert.Equal(expected.Count, listed.Select(i => i.CooperativeId).Distinct().Count());
        foreach (var item in listed)
        {
            var (missing, dormant, last) = expected[item.CooperativeId];
            Assert.Equal(missing, item.MissingYears);
            Assert.Equal(dormant, item.PossiblyDormant);
            Assert.Equal(last, item.LastDeclaredYear);
        }

        // Possibly dormant first, then the most missing years.
        var keys = listed.Select(i => (Dormant: i.PossiblyDormant ? 1 : 0, Missing: i.MissingYears.Count)).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Dormant).ThenByDescending(k => k.Missing), keys);

        // A page past the end shows the last page; «possibly dormant only» lists exactly those.
        var beyond = await zanjan.Compliance.HandleAsync(new ComplianceFilter(Page: 999), default);
        Assert.Equal(first.Pages, beyond.Page);
        var dormantOnly = await zanjan.Compliance.HandleAsync(new ComplianceFilter(DormantOnly: true), default);
        Assert.Equal(first.PossiblyDormant, dormantOnly.Matching);
        Assert.All(dormantOnly.Items, i => Assert.True(i.PossiblyDormant));
    }

    [Fact]
    public async Task The_compliance_list_is_searched_by_name_in_any_spelling_and_by_registration_number_in_persian_digits()
    {
        var coop = await CooperativeAsync();
        string name;
        string number;
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var row = await db.Cooperatives.Where(c => c.Id == coop.Id).Select(c => new { c.Name, c.RegistrationNumber }).SingleAsync();
            (name, number) = (row.Name, row.RegistrationNumber!);
        }

        var zanjan = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var suffix = name["تعاونی آزمون ".Length..];
        foreach (var search in new[] { name, "تعاوني  آزمون " + suffix, suffix.ToUpperInvariant(), PersianDigits.ToPersian(number) })
        {
            var found = await zanjan.Compliance.HandleAsync(new ComplianceFilter(Search: search), default);
            Assert.Contains(found.Items, i => i.CooperativeId == coop.Id);
            Assert.True(found.Matching < found.Overdue || found.Overdue == 1, $"«{search}» should narrow the list");
        }

        var none = await zanjan.Compliance.HandleAsync(new ComplianceFilter(Search: "نامی که نیست " + Guid.NewGuid().ToString("N")), default);
        Assert.Empty(none.Items);
        Assert.Equal(0, none.Matching);
        Assert.True(none.Overdue > 0); // the totals stay the province's

        // A Tehran reviewer searching for it by its exact number does not find it.
        var tehran = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        Assert.DoesNotContain((await tehran.Compliance.HandleAsync(new ComplianceFilter(PortalDatabaseFixture.Zanjan, Search: number), default)).Items, i => i.CooperativeId == coop.Id);
    }

    /// <summary>The cooperative's line in the user's compliance list, found by searching its name (null when it is not listed).</summary>
    private async Task<ComplianceItem?> ComplianceItemAsync(PortalDatabaseFixture.Handlers user, Coop coop)
    {
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var name = await db.Cooperatives.Where(c => c.Id == coop.Id).Select(c => c.Name).SingleAsync();
        var report = await user.Compliance.HandleAsync(new ComplianceFilter(Search: name), default);
        return report.Items.SingleOrDefault(i => i.CooperativeId == coop.Id);
    }

    [Fact]
    public async Task The_receipt_and_the_report_print_in_persian_with_the_risk_breakdown()
    {
        var coop = await CooperativeAsync();
        var id = await FileAsync(coop, 1404, Content(assemblyHeld: false), report: false);
        var view = (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!;

        var receipt = await coop.Manager.DeclarationDocuments.PdfAsync(id, Application.Supervision.Documents.DeclarationDocumentKind.Receipt, default);
        Assert.True(receipt.Succeeded, receipt.Message);
        var receiptText = PdfInspection.Text(receipt.Value!);
        Assert.Contains("رسید خوداظهاری نظارتی", receiptText, StringComparison.Ordinal);
        Assert.Contains(view.CooperativeName, receiptText, StringComparison.Ordinal);
        Assert.Contains(view.ReceiptNumber!, PdfInspection.RawText(receipt.Value!), StringComparison.Ordinal);
        Assert.Contains("۱۴۰۴", receiptText, StringComparison.Ordinal);
        Assert.True(PdfInspection.HasJoinedLetters(receipt.Value!));
        PdfInspection.FirstPageToPng(receipt.Value!, "declaration-receipt");

        var reviewer = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var report = await reviewer.DeclarationDocuments.PdfAsync(id, Application.Supervision.Documents.DeclarationDocumentKind.Report, default);
        Assert.True(report.Succeeded, report.Message);
        var reportText = PdfInspection.Text(report.Value!);
        Assert.Contains("گزارش خوداظهاری نظارتی", reportText, StringComparison.Ordinal);
        var raw = PdfInspection.RawText(report.Value!);
        Assert.Contains("R01", raw, StringComparison.Ordinal);
        Assert.Contains("R04", raw, StringComparison.Ordinal);
        Assert.Contains("مجمع عمومی عادی در مهلت قانونی", reportText, StringComparison.Ordinal);
        Assert.Contains("زهرا موسوی", reportText, StringComparison.Ordinal);
        PdfInspection.FirstPageToPng(report.Value!, "declaration-report");

        // A draft has no receipt or report.
        var draft = (await coop.Manager.StartDeclaration.HandleAsync(coop.Id, 1403, default)).Value;
        Assert.Equal(ErrorKind.NotFound, (await coop.Manager.DeclarationDocuments.PdfAsync(draft, Application.Supervision.Documents.DeclarationDocumentKind.Receipt, default)).Kind);
    }

    [Fact]
    public async Task Two_reviewers_deciding_at_once_give_one_transition_and_one_history_line()
    {
        var coop = await CooperativeAsync();
        var id = await FileAsync(coop, 1404, Content());
        var first = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var second = As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var results = await Task.WhenAll(
            first.DeclarationReview.AcceptAsync(id, null, default),
            second.DeclarationReview.SendBackAsync(id, "ترازنامه امضا ندارد.", default));
        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Kind == ErrorKind.Conflict);
        var view = (await coop.Manager.GetDeclaration.HandleAsync(id, default)).Value!;
        Assert.Equal(2, view.History.Count);
        Assert.Contains(view.Status, new[] { DeclarationStatus.Accepted, DeclarationStatus.ReturnedForCorrection });
    }
}
