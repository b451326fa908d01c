using System.Text.RegularExpressions;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 21's dormancy case in Chromium (point 6). Revival: a reviewer opens the case of a possibly dormant Zanjan
/// cooperative from the compliance list; the notice reads back (name, Jalali deadline, number in Latin digits) and its
/// QR code opens the public check; the manager sees the case on the card and answers; once the owed declarations and an
/// ordinary assembly confirmed after the opening really exist, the case shows D01/D02 met and the reviewer revives it by
/// keyboard; the card says «فعال». Dissolution: past the deadline (moved in the database, never waited for) the head of
/// office, not the opener, finds it in the queue and pursues the dissolution with its legal ground; the card says «منحل», the notice's public
/// check says the cooperative is dissolved, and the reviewer is offered no decision.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DormancyJourneyTests(BrowserFixture browser)
{
    private const string Password = "Journey-Dormancy-2026!";

    private sealed record Person(string NationalCode, string FullName, string UserId);

    [Fact]
    public async Task A_reviewer_opens_the_case_the_manager_answers_and_the_revival_is_read_from_the_tables()
    {
        var manager = await PersonAsync("مدیرعامل", Roles.CooperativeManager, null);
        var reviewer = await PersonAsync("کارشناس رکود", Roles.Reviewer, DemoAccounts.ZanjanProvinceId);
        var (cooperativeId, name) = await SilentCooperativeAsync(manager);

        // 1. The reviewer finds the cooperative on the compliance list and opens its case.
        var office = await browser.NewPageAsync();
        await office.LoginAsync(reviewer.NationalCode, Password);
        var caseId = await OpenCaseAsync(office, cooperativeId, name, "150-compliance-possibly-dormant");
        var (deadlineOn, owedYears, noticeNumber, verificationCode) = await StoredCaseAsync(caseId);
        var deadline = PersianFormat.LongDate(deadlineOn);
        await Expect(office.Locator("#dormancy-outcome")).ToContainTextAsync(deadline);
        await Expect(office.Locator("#dormancy-notice-download")).ToBeVisibleAsync();
        await Expect(office.Locator("#dormancy-dissolve")).ToHaveCountAsync(0); // the head's, not a reviewer's
        await office.CheckpointAsync("151-dormancy-case-opened");

        // 2. The notice reads back, and its QR code opens the public check, signed out.
        var response = await office.APIRequest.GetAsync($"dormancy/{caseId}/notice.pdf");
        Assert.Equal(200, response.Status);
        var pdf = await response.BodyAsync();
        var text = PdfInspection.Text(pdf);
        Assert.Empty(Glossary.Check(text));
        Assert.Contains("اخطاریه رکود", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains(deadline, text, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{4}/[0-9]+/[0-9]{5}$", noticeNumber); // a code: Latin digits
        Assert.Contains(noticeNumber, text, StringComparison.Ordinal);
        var verificationUrl = Assert.Single(PdfInspection.QrCodes(PdfInspection.FirstPageToPng(pdf, "journey-dormancy-notice")));
        Assert.EndsWith($"/verify/{verificationCode}", verificationUrl, StringComparison.Ordinal);
        var visitor = await browser.NewPageAsync();
        var valid = await visitor.GotoAsync(new Uri(verificationUrl).AbsolutePath.TrimStart('/'));
        Assert.Equal(200, valid!.Status);
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
        await Expect(visitor.Locator("#cooperative-name")).ToHaveTextAsync(name);
        await Expect(visitor.Locator("#dormancy-deadline")).ToHaveTextAsync(deadline);
        await Expect(visitor.Locator("#dormancy-notice-number")).ToHaveTextAsync(noticeNumber);
        await visitor.CheckpointAsync("152-dormancy-notice-verified");

        // 3. The manager sees the case on the card and answers.
        var own = await browser.NewPageAsync();
        await own.LoginAsync(manager.NationalCode, Password);
        await own.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
        await Expect(own.Locator("#cooperative-status")).ToHaveAttributeAsync("data-status", nameof(CooperativeStatus.DormancyCaseOpen));
        await Expect(own.Locator("#cooperative-dormancy-deadline")).ToHaveTextAsync(deadline);
        await Expect(own.Locator("#cooperative-dormancy-notice")).ToBeVisibleAsync();
        await own.CheckpointAsync("153-cooperative-card-dormancy");
        await own.Locator("#cooperative-dormancy-link").PressByKeyboardAsync();
        await own.WaitForURLAsync(new Regex($"/dormancy/{caseId}$"));
        await own.WaitForInteractiveAsync();
        await own.Locator("#dormancy-answer-text").TypeByKeyboardAsync("خوداظهاری‌های معوق را می‌فرستیم و مجمع عمومی عادی را برگزار می‌کنیم.");
        await own.Locator("#dormancy-answer-send").PressByKeyboardAsync();
        await own.ConfirmByKeyboardAsync(DormancyText.Title(DormancyAnswerKind.Reviving));
        await Expect(own.Locator("#dormancy-done")).ToContainTextAsync("پاسخ شما به اخطاریه رکود ثبت");
        await Expect(own.Locator("#dormancy-outcome")).ToHaveAttributeAsync("data-status", nameof(DormancyStatus.Answered));
        await Expect(own.Locator("#dormancy-answer")).ToHaveCountAsync(0);
        await own.CheckpointAsync("154-dormancy-answered");

        // 4. What a revival needs, made real: the owed declarations sent and an ordinary assembly confirmed after the opening.
        await RevivalFactsAsync(cooperativeId, manager, owedYears);

        // 5. The reviewer reloads the case: D01 and D02 met; revives by keyboard, behind its confirmation.
        await office.GotoKeepingContentAsync($"dormancy/{caseId}");
        await Expect(office.Locator("#finding-D01 .mud-chip")).ToHaveTextAsync("برقرار");
        await Expect(office.Locator("#finding-D02 .mud-chip")).ToHaveTextAsync("برقرار");
        await office.Locator("#dormancy-revive").PressByKeyboardAsync();
        await office.ConfirmByKeyboardAsync(name);
        await Expect(office.Locator("#dormancy-done")).ToHaveTextAsync("احیای تعاونی ثبت شد و وضعیت آن «فعال» است.");
        await Expect(office.Locator("#dormancy-outcome")).ToHaveAttributeAsync("data-status", nameof(DormancyStatus.Revived));
        await Expect(office.Locator("#dormancy-decisions")).ToHaveCountAsync(0);
        await office.CheckpointAsync("155-dormancy-revived");

        // 6. The card says «فعال».
        await office.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
        await Expect(office.Locator("#cooperative-status")).ToHaveTextAsync("فعال");
        await Expect(office.Locator("#cooperative-dormancy")).ToContainTextAsync(DormancyText.Title(DormancyStatus.Revived));
        await office.CheckpointAsync("156-cooperative-active-again");
    }

    [Fact]
    public async Task Past_the_deadline_the_head_not_the_opener_pursues_the_dissolution()
    {
        var manager = await PersonAsync("مدیرعامل", Roles.CooperativeManager, null);
        var reviewer = await PersonAsync("کارشناس رکود", Roles.Reviewer, DemoAccounts.ZanjanProvinceId);
        var head = await PersonAsync("مدیر اداره کل", Roles.HeadOfOffice, DemoAccounts.ZanjanProvinceId);
        var (cooperativeId, name) = await SilentCooperativeAsync(manager);

        // 1. The reviewer opens the case; the deadline then passes (moved in the database, as if sixty days went by).
        var office = await browser.NewPageAsync();
        await office.LoginAsync(reviewer.NationalCode, Password);
        var caseId = await OpenCaseAsync(office, cooperativeId, name, checkpoint: null);
        var (_, _, _, verificationCode) = await StoredCaseAsync(caseId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5));
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            await db.DormancyCases.Where(c => c.Id == caseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.DeadlineOn, today.AddDays(-2)));
        }

        // 2. The head opens it: the deadline has passed; chooses the ground, writes the text and confirms by keyboard.
        var decider = await browser.NewPageAsync();
        await decider.LoginAsync(head.NationalCode, Password);
        await decider.GotoKeepingContentAsync("office/dormancy");
        await Expect(decider.Locator($"#dormancy-row-{caseId}")).ToContainTextAsync("مهلت گذشته");
        await decider.Locator($"#dormancy-row-{caseId} a").PressByKeyboardAsync();
        await decider.WaitForURLAsync(new Regex($"/dormancy/{caseId}$"));
        await decider.WaitForInteractiveAsync();
        await Expect(decider.Locator("#dormancy-outcome")).ToContainTextAsync("گذشت");
        var ground = DormancyText.Title(DissolutionGround.NoAnswer);
        await decider.Locator("#dormancy-ground").ChooseByKeyboardAsync(ground);
        await decider.Locator("#dormancy-decision-text").TypeByKeyboardAsync("تا پایان مهلت اخطاریه نه پاسخی رسید و نه خوداظهاری‌ای ارسال شد.");
        await decider.CheckpointAsync("157-dormancy-head-decides");
        await decider.Locator("#dormancy-dissolve").PressByKeyboardAsync();
        await decider.ConfirmByKeyboardAsync(ground);
        await Expect(decider.Locator("#dormancy-done")).ToHaveTextAsync("پیگیری انحلال ثبت شد و وضعیت تعاونی «منحل» است.");
        await Expect(decider.Locator("#dormancy-outcome")).ToHaveAttributeAsync("data-status", nameof(DormancyStatus.DissolutionPursued));
        await Expect(decider.Locator("#dormancy-outcome")).ToContainTextAsync(ground);
        await decider.CheckpointAsync("158-dormancy-dissolution-pursued");

        // 3. The card says «منحل»; the notice's public check says the cooperative is dissolved.
        await decider.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
        await Expect(decider.Locator("#cooperative-status")).ToHaveTextAsync("منحل");
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"verify/{verificationCode}");
        await Expect(visitor.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "valid");
        await Expect(visitor.Locator("#cooperative-status")).ToHaveAttributeAsync("data-cooperative-status", nameof(CooperativeStatus.Dissolved));
        await Expect(visitor.Locator("#cooperative-status")).ToHaveTextAsync(CooperativeStatusText.EndOfLifeNotice(CooperativeStatus.Dissolved)!);
        await visitor.CheckpointAsync("159-dormancy-notice-dissolved");

        // 4. The reviewer's page of the case offers no decision any more.
        await office.GotoKeepingContentAsync($"dormancy/{caseId}");
        await Expect(office.Locator("#dormancy-outcome")).ToHaveAttributeAsync("data-status", nameof(DormancyStatus.DissolutionPursued));
        await Expect(office.Locator("#dormancy-decisions")).ToHaveCountAsync(0);
    }

    /// <summary>On /office/compliance: finds the cooperative by its registration number, opens its case and confirms; returns the case's id.</summary>
    private static async Task<Guid> OpenCaseAsync(IPage page, Guid cooperativeId, string name, string? checkpoint)
    {
        var number = name[(name.LastIndexOf(' ') + 1)..];
        await page.GotoKeepingContentAsync("office/compliance");
        await page.Locator("#compliance-search").TypeByKeyboardAsync(number);
        await Expect(page.Locator("#compliance-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#dormant-{cooperativeId}")).ToBeVisibleAsync();
        if (checkpoint is not null)
        {
            await page.CheckpointAsync(checkpoint);
        }

        await page.Locator($"#open-dormancy-{cooperativeId}").PressByKeyboardAsync();
        await page.ConfirmByKeyboardAsync(name);
        await page.WaitForURLAsync(new Regex("/dormancy/[0-9a-f-]{36}$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#dormancy-outcome")).ToHaveAttributeAsync("data-status", nameof(DormancyStatus.AwaitingAnswer));
        return Guid.Parse(Regex.Match(page.Url, "[0-9a-f-]{36}").Value);
    }

    private async Task<(DateOnly DeadlineOn, IReadOnlyList<int> OwedYears, string NoticeNumber, string VerificationCode)> StoredCaseAsync(Guid caseId)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var stored = await db.DormancyCases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        var notice = await db.DormancyNotices.AsNoTracking().SingleAsync(n => n.CaseId == caseId);
        return (stored.DeadlineOn, stored.OwedYears, notice.Number, notice.VerificationCode);
    }

    /// <summary>The owed years' declarations sent and an ordinary assembly held three days ago, confirmed now (after the opening).</summary>
    private async Task RevivalFactsAsync(Guid cooperativeId, Person manager, IReadOnlyList<int> owedYears)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var cooperative = await db.Cooperatives.AsNoTracking().SingleAsync(c => c.Id == cooperativeId);
        foreach (var year in owedYears)
        {
            db.SelfDeclarations.Add(SubmittedDeclarations.Build(cooperativeId, cooperative.ProvinceId, year));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5));
        db.GeneralAssemblies.Add(ConfirmedAssemblies.Build(cooperative, manager.UserId, today.AddDays(-3), DateTime.UtcNow, kind: GeneralAssemblyKind.OrdinaryHeldExtraordinarily));
        await db.SaveChangesAsync();
    }

    private async Task<Person> PersonAsync(string name, string role, int? province)
    {
        var code = TestNationalCodes.Next();
        var fullName = $"{name} {PersianDigits.ToPersian(code[..4])}";
        var user = await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, role, province, Password, "dm", mobile: TestNumbers.Mobile());
        return new Person(code, fullName, user.Id);
    }

    /// <summary>An active Zanjan cooperative registered in 1400 that never declared: possibly dormant; the manager its CEO.</summary>
    private async Task<(Guid Id, string Name)> SilentCooperativeAsync(Person manager)
    {
        var number = TestNumbers.RegistrationNumber();
        var name = $"تعاونی خاموش زنجان {number}";
        var cooperative = Cooperative.Import(new ImportedCooperative(name, number, JalaliDate.Parse("1400/01/15")!.Value, null,
            DemoAccounts.ZanjanProvinceId, null, null, 20, 500_000_000, manager.NationalCode, manager.FullName, null), DateTime.UtcNow);
        await using var db = await Contexts().CreateDbContextAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return (cooperative.Id, name);
    }

    private IDbContextFactory<AppDbContext> Contexts() => browser.Portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
}
