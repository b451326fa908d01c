using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 6's journey in Chromium: the citizen records the founding assembly of an approved application and the
/// reviewer confirms it, so the cooperative is registered with the citizen (its CEO) as manager; after the fiscal
/// year ends, the manager files the self-declaration (pre-filled from the registry) a section a page, checks the
/// answers, declares them true with «send» and gets a receipt; the reviewer finds it in the risk-sorted queue,
/// reads the rules behind its score, and accepts it. The assembly's officers, the manager's self-declaration and the
/// office's part are done with the keyboard alone (issue 17).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RegistryJourneyTests(BrowserFixture browser)
{
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice").NationalCode;
    private static readonly string ReviewerCode = DemoAccounts.All.Single(a => a.Role == "Reviewer").NationalCode;

    [Fact]
    public async Task Founding_assembly_confirmed_then_declaration_filed_then_accepted_on_its_risk_reasons()
    {
        var citizen = Citizen.Create();
        var citizenPage = await browser.NewPageAsync();
        await citizenPage.RegisterAsync(citizen);
        await SeededApplications.ProveIdentityAsync(browser.Portal, citizen.NationalCode); // manager rights need a proven code
        var applicantId = await SeededApplications.UserIdAsync(browser.Portal, citizen.NationalCode);
        var reviewerId = await SeededApplications.UserIdAsync(browser.Portal, ReviewerCode);
        var headId = await SeededApplications.UserIdAsync(browser.Portal, HeadCode);
        var application = (await CompleteApplications.SubmitAsync(browser.Portal.Services, applicantId, citizen.NationalCode, 14, [DateTime.UtcNow], a =>
        {
            a.Claim(reviewerId, DateTime.UtcNow);
            a.Recommend(reviewerId, null, DateTime.UtcNow);
            a.Approve(headId, DateTime.UtcNow);
        })).Single();
        var members = application.Members;

        // 1. The citizen records the founding assembly from the approved application.
        await citizenPage.LoginAsync(citizen.NationalCode, citizen.Password);
        await citizenPage.GotoAsync($"applications/{application.Id}");
        await citizenPage.WaitForInteractiveAsync();
        await citizenPage.Locator("#assembly-start").PressByKeyboardAsync();
        await citizenPage.WaitForURLAsync(new Regex("/assemblies/[0-9a-f-]{36}$"));
        await citizenPage.WaitForInteractiveAsync();
        var today = PersianDigits.ToPersian(JalaliDate.Format(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5))));
        // Typed and left at once (no wait for «ذخیره شد»): the date is stored and the next page renders.
        await citizenPage.Locator("#assembly-held-on").FillAsync(today);
        await citizenPage.GetByRole(AriaRole.Link, new() { Name = "درخواست تشکیل تعاونی", Exact = true }).ClickAsync();
        await citizenPage.WaitForURLAsync(new Regex($"/applications/{application.Id}$"));
        await citizenPage.WaitForInteractiveAsync();
        await citizenPage.Locator("#assembly-open").ClickAsync();
        await citizenPage.WaitForURLAsync(new Regex("/assemblies/[0-9a-f-]{36}$"));
        await citizenPage.WaitForInteractiveAsync();
        await Expect(citizenPage.Locator("#assembly-held-on")).ToHaveValueAsync(today);
        await Expect(citizenPage.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await citizenPage.Locator("#assembly-capital-paid").FillAsync("۳۵۰۰۰۰۰۰");
        string[] roles = ["عضو اصلی هیئت مدیره", "عضو اصلی هیئت مدیره", "عضو اصلی هیئت مدیره", "عضو علی‌البدل هیئت مدیره", "بازرس اصلی", "مدیرعامل"];
        int[] people = [0, 1, 2, 3, 4, 0];
        for (var i = 0; i < roles.Length; i++)
        {
            // By keyboard: «add» puts the focus into the new row's first field.
            await citizenPage.Locator("#officer-add").PressByKeyboardAsync();
            await citizenPage.Locator($"#officer-{i}-role").ToHaveFocusAsync();
            await citizenPage.Locator($"#officer-{i}-role").ChooseByKeyboardAsync(roles[i]);
            await citizenPage.Locator($"#officer-{i}-name").TypeByKeyboardAsync(members[people[i]].FullName);
            await citizenPage.Locator($"#officer-{i}-code").TypeByKeyboardAsync(PersianDigits.ToPersian(members[people[i]].NationalCode));
        }

        await citizenPage.Locator("#assembly-save").PressByKeyboardAsync();
        await Expect(citizenPage.Locator("#assembly-save-status")).ToBeVisibleAsync();
        await Expect(citizenPage.Locator("#assembly-save-status")).Not.ToHaveClassAsync(new Regex("error"));
        foreach (var kind in new[] { "Minutes", "Bylaws", "BankCertificate" })
        {
            await citizenPage.Locator($"#assembly-file-{kind}").SetInputFilesAsync(new FilePayload { Name = kind + ".pdf", MimeType = "application/pdf", Buffer = SmallPdf });
            await Expect(citizenPage.Locator($"#assembly-files-{kind}")).ToContainTextAsync(kind + ".pdf");
        }

        await citizenPage.CheckpointAsync("60-assembly-form");
        await citizenPage.Locator("#assembly-submit").PressByKeyboardAsync();
        await Expect(citizenPage.Locator("#assembly-status")).ToContainTextAsync("ارسال‌شده");
        var assemblyUrl = citizenPage.Url;

        // 2. The reviewer of Zanjan confirms it: the cooperative is registered.
        var reviewer = await browser.NewPageAsync();
        await reviewer.LoginAsync(ReviewerCode, DemoAccounts.Password);
        await reviewer.GotoAsync("office/assemblies");
        await reviewer.WaitForInteractiveAsync();
        var assemblyId = assemblyUrl[^36..];
        await reviewer.Locator($"#assembly-open-{assemblyId}").PressByKeyboardAsync();
        await reviewer.WaitForURLAsync($"**/office/assemblies/{assemblyId}");
        await reviewer.GotoKeepingContentAsync(reviewer.Url); // and loaded in full, it keeps its content while starting
        await reviewer.CheckpointAsync("61-assembly-review");
        await Expect(reviewer.Locator("#assembly-confirm")).ToBeDisabledAsync();
        await reviewer.Locator("#assembly-confirm-check").TickByKeyboardAsync();
        await reviewer.Locator("#assembly-confirm").PressByKeyboardAsync();
        await Expect(reviewer.Locator("#assembly-registration-number")).ToHaveTextAsync(new Regex("^[0-9]{4}-14-[0-9]{5}$"));
        var registrationNumber = await reviewer.Locator("#assembly-registration-number").InnerTextAsync();
        await reviewer.CheckpointAsync("62-assembly-confirmed");

        // 3. After the fiscal year ends the manager (the CEO) files the declaration of that year.
        var year = JalaliDate.YearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5)));
        var yearEnd = Domain.Supervision.RiskRules.FiscalYearEnd(year).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        browser.Portal.Clock.Offset = yearEnd.AddDays(12) - DateTime.UtcNow;
        try
        {
            var manager = await browser.NewPageAsync();
            await manager.LoginAsync(citizen.NationalCode, citizen.Password);
            await manager.GotoAsync("cooperatives");
            await manager.WaitForInteractiveAsync();
            await manager.Locator("#my-cooperatives a").First.ClickAsync();
            await manager.WaitForURLAsync(new Regex("/cooperatives/[0-9a-f-]{36}$"));
            await manager.GotoKeepingContentAsync(manager.Url);
            await Expect(manager.Locator("#cooperative-officers")).ToContainTextAsync("بازرس اصلی");
            await manager.CheckpointAsync("63-cooperative-card");
            await manager.Locator($"#declaration-start-{year}").PressByKeyboardAsync();
            await manager.WaitForURLAsync(new Regex("/declarations/[0-9a-f-]{36}$"));
            await manager.WaitForInteractiveAsync();
            var declarationId = manager.Url[^36..];

            // The overview: what to do next, then the task list of the seven sections (issue 18 point 6).
            await Expect(manager.Locator("#outcome")).ToHaveAttributeAsync("data-outcome", "draft");
            await Expect(manager.Locator("#task-list li")).ToHaveCountAsync(7);
            await Expect(manager.Locator("#task-status-members")).ToHaveTextAsync("شروع نشده");
            await manager.CheckpointAsync("64-declaration-tasks");

            // Members, pre-filled from the registry (seven members): typed by keyboard, each saved as it is left.
            await manager.Locator("#task-members a").PressByKeyboardAsync();
            await manager.WaitForURLAsync($"**/declarations/{declarationId}/sections/members");
            await OnPageAsync(manager, "اعضا، کارکنان و سرمایه");
            await Expect(manager.Locator("#decl-MembersTotal")).ToHaveValueAsync(new Regex("^(۷|7)$"));
            await manager.Locator("#decl-MembersWomen").TypeByKeyboardAsync("۳");
            await manager.Locator("#decl-MembersMen").TypeByKeyboardAsync("۴");
            await manager.Locator("#decl-Employees").TypeByKeyboardAsync("۲");
            // Left for the task list at once (no wait for a save): the figures are stored and the section is in progress.
            await manager.Locator("#back-to-tasks").PressByKeyboardAsync();
            await manager.WaitForURLAsync(new Regex($"/declarations/{declarationId}$"));
            await Expect(manager.Locator("#task-status-members")).ToHaveTextAsync("در حال تکمیل");
            await manager.WaitForInteractiveAsync();
            await manager.Locator("#task-members a").PressByKeyboardAsync();
            await manager.WaitForURLAsync($"**/sections/members");
            await OnPageAsync(manager, "اعضا، کارکنان و سرمایه");
            await Expect(manager.Locator("#decl-Employees")).ToHaveValueAsync(new Regex("^(۲|2)$"));
            await Expect(manager.Locator("#decl-MembersMen")).ToHaveValueAsync(new Regex("^(۴|4)$"));
            await Expect(manager.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await ContinueAsync(manager, "finances", "صورت‌های مالی");

            // Financial statements: what is missing is a polite list at first, no field is red; «ادامه» with nothing
            // typed shows every message and takes the keyboard to their list.
            await Expect(manager.Locator("#error-summary")).ToHaveClassAsync(new Regex("todo-summary"));
            await Expect(manager.Locator(".mud-input-error")).ToHaveCountAsync(0);
            await manager.Locator("#continue").PressByKeyboardAsync();
            await manager.Locator("#error-summary").ToHaveFocusAsync();
            await Expect(manager.Locator("#error-summary")).ToHaveClassAsync(new Regex("error-summary"));
            await Expect(manager.Locator("#section-status")).ToHaveTextAsync("نیاز به اصلاح");
            await Expect(manager.Locator(".mud-input-error #decl-TotalAssets, #decl-TotalAssets[aria-invalid=true]").First).ToBeVisibleAsync();
            await manager.CheckpointAsync("64-declaration-section-errors");
            await manager.Locator("#decl-TotalAssets").TypeByKeyboardAsync("۹۰۰۰۰۰۰۰");
            await manager.Locator("#decl-TotalLiabilities").TypeByKeyboardAsync("۲۰۰۰۰۰۰۰");
            await manager.Locator("#decl-Equity").TypeByKeyboardAsync("۷۰۰۰۰۰۰۰");
            await manager.Locator("#decl-Revenue").TypeByKeyboardAsync("۱۵۰۰۰۰۰۰۰");
            await manager.Locator("#decl-NetProfitOrLoss").TypeByKeyboardAsync("-۵۰۰۰۰۰۰");
            await manager.Locator("#decl-Dividends").TypeByKeyboardAsync("۰");
            await ContinueAsync(manager, "assemblies", "مجامع عمومی");
            await ContinueAsync(manager, "officers", "هیئت مدیره و بازرسان"); // the ordinary assembly has not met yet: left empty
            await Expect(manager.Locator("#decl-officer-0")).ToBeVisibleAsync(); // the officers of the assembly
            await ContinueAsync(manager, "inspectors-report", "گزارش بازرسان");
            await ContinueAsync(manager, "compliance", "تکالیف قانونی"); // no report attached
            foreach (var question in new[] { "TaxReturnFiled", "InsurancePaid", "BooksKept", "LicencesValid" })
            {
                await manager.Locator($"#decl-{question}-yes").TickByKeyboardAsync();
            }

            await ContinueAsync(manager, "activity", "آموزش و صادرات");
            await manager.Locator("#decl-TrainingHours").TypeByKeyboardAsync("۸");
            await manager.Locator("#decl-ExportsValue").TypeByKeyboardAsync("۰");
            await manager.Locator("#continue").PressByKeyboardAsync();
            await manager.WaitForURLAsync($"**/declarations/{declarationId}/check");
            await OnPageAsync(manager, "پاسخ‌های خوداظهاری را بررسی کنید");

            // Check answers: every section with «تغییر», the risk as the office would see it, nothing left to do.
            await Expect(manager.Locator("#error-summary")).ToHaveCountAsync(0);
            await Expect(manager.Locator("#decl-view-Employees")).ToHaveTextAsync("۲");
            await Expect(manager.Locator("#decl-change-finances")).ToHaveAttributeAsync("href", $"declarations/{declarationId}/sections/finances");
            await Expect(manager.Locator("#decl-risk")).ToBeVisibleAsync();
            await manager.CheckpointAsync("65-declaration-check");
            // «ارسال» without the declaration of truth is refused and says why; the tick is then given and sent with it.
            await manager.Locator("#decl-submit").PressByKeyboardAsync();
            await Expect(manager.Locator("#decl-truth-error")).ToContainTextAsync("درستی اطلاعات");
            await manager.Locator("#error-summary").ToHaveFocusAsync();
            await manager.Locator("#decl-truth").TickByKeyboardAsync();
            await manager.Locator("#decl-submit").PressByKeyboardAsync();
            await manager.WaitForURLAsync(new Regex($"/declarations/{declarationId}$"));
            await Expect(manager.Locator("#outcome")).ToHaveAttributeAsync("data-outcome", "sent");
            await Expect(manager.Locator("#decl-receipt")).ToBeVisibleAsync();
            await Expect(manager.Locator("#decl-receipt-number")).ToHaveTextAsync(new Regex("[A-Z0-9]{4}-[A-Z0-9]{4}"));
            await Expect(manager.Locator("#task-list")).ToHaveCountAsync(0);
            await manager.CheckpointAsync("65-declaration-submitted");
            var receipt = await manager.RunAndWaitForDownloadAsync(() => manager.Locator("#decl-receipt").ClickAsync());
            var receiptPdf = await File.ReadAllBytesAsync((await receipt.PathAsync())!);
            var receiptText = PdfInspection.Text(receiptPdf);
            Assert.Contains("رسید خوداظهاری نظارتی", receiptText, StringComparison.Ordinal);
            Assert.Empty(Glossary.Check(receiptText));
            PdfInspection.FirstPageToPng(receiptPdf, "journey-declaration-receipt");

            // 4. The reviewer sees it in the queue by risk, with the rules behind the score, and accepts it.
            var office = await browser.NewPageAsync();
            await office.LoginAsync(ReviewerCode, DemoAccounts.Password);
            await office.GotoAsync("office/declarations");
            await office.WaitForInteractiveAsync();
            await office.Locator("#decl-search").TypeByKeyboardAsync(registrationNumber); // in Persian digits, as the card shows it
            await Expect(office.Locator("#decl-queue-table tbody tr.decl-row")).ToHaveCountAsync(1);
            await office.Locator($"#decl-toggle-{declarationId}").PressByKeyboardAsync();
            var findings = office.Locator($"#decl-findings-{declarationId} .risk-findings");
            await Expect(findings.Locator("tr.risk-finding[data-rule=R01]")).ToBeVisibleAsync();
            await Expect(findings.Locator("tr.risk-finding[data-rule=R04]")).ToBeVisibleAsync();
            await office.CheckpointAsync("66-declarations-by-risk");
            await office.GotoKeepingContentAsync($"office/declarations/{declarationId}");
            await Expect(office.Locator("#risk-panel")).ToContainTextAsync("گزارش بازرسان بارگذاری نشده است");

            // 5. A visit is planned for today, takes place, and its findings are recorded (too short first: refused).
            var portalToday = Domain.Common.JalaliDate.Format(Application.Common.Formatting.PersianFormat.LocalDate(DateTime.UtcNow + browser.Portal.Clock.Offset));
            await office.Locator("#decl-visit-date").TypeByKeyboardAsync(portalToday);
            await office.Locator("#decl-plan-visit").PressByKeyboardAsync();
            await Expect(office.Locator("#decl-visited-on")).ToBeVisibleAsync();
            await office.Locator("#decl-visited-on").TypeByKeyboardAsync(portalToday);
            await office.Locator("#decl-findings").TypeByKeyboardAsync("کوتاه");
            await office.Locator("#decl-record-visit").PressByKeyboardAsync();
            await Expect(office.Locator("#decl-decision-panel")).ToContainTextAsync("یافته‌های بازدید را دست‌کم");
            await office.Locator("#decl-findings").TypeByKeyboardAsync("دفاتر قانونی به‌روز است؛ صورت‌جلسه مجمع و گزارش بازرس در محل دیده شد.");
            await office.Locator("#decl-record-visit").PressByKeyboardAsync();
            await Expect(office.Locator("#decl-status")).ToContainTextAsync("بازدید نظارتی انجام شد");
            await Expect(office.Locator("#decl-visit-done")).ToBeVisibleAsync();
            await office.CheckpointAsync("77-inspection-recorded");

            await office.Locator("#decl-accept").PressByKeyboardAsync();
            await Expect(office.Locator("#decl-decision-success")).ToBeVisibleAsync();
            await Expect(office.Locator("#decl-status")).ToContainTextAsync("پذیرفته شد");
            await office.CheckpointAsync("67-declaration-accepted");
        }
        finally
        {
            browser.Portal.Clock.Offset = TimeSpan.Zero;
        }
    }

    private static readonly byte[] SmallPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    /// <summary>
    /// «ادامه» by keyboard: the section is confirmed and the next one opens (its address ends with
    /// <paramref name="next"/>, its heading is <paramref name="title"/>).
    /// </summary>
    private static async Task ContinueAsync(IPage page, string next, string title)
    {
        await page.Locator("#continue").PressByKeyboardAsync();
        await page.WaitForURLAsync($"**/sections/{next}");
        await OnPageAsync(page, title);
    }

    /// <summary>
    /// Waits until the page a navigation reached is shown and interactive: the address changes (and the last page's
    /// island still answers) before the next page's heading is in place.
    /// </summary>
    private static async Task OnPageAsync(IPage page, string heading)
    {
        await Expect(page.Locator("#main h1")).ToHaveTextAsync(heading);
        await page.WaitForInteractiveAsync();
    }
}
