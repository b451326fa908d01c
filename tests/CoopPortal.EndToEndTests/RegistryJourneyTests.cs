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
/// year ends, the manager files the self-declaration (pre-filled from the registry) and gets a receipt; the reviewer
/// finds it in the risk-sorted queue, reads the rules behind its score, and accepts it. The assembly's officers and
/// the office's part are done with the keyboard alone (issue 17).
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
            await Expect(citizenPage.Locator($"#officer-{i}-role")).ToBeFocusedAsync();
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
        await reviewer.WaitForInteractiveAsync();
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
            await manager.WaitForInteractiveAsync();
            await Expect(manager.Locator("#cooperative-officers")).ToContainTextAsync("بازرس اصلی");
            await manager.CheckpointAsync("63-cooperative-card");
            await manager.Locator($"#declaration-start-{year}").ClickAsync();
            await manager.WaitForURLAsync(new Regex("/declarations/[0-9a-f-]{36}$"));
            await manager.WaitForInteractiveAsync();
            var declarationId = manager.Url[^36..];

            // Pre-filled from the registry: seven members and the officers of the assembly.
            await Expect(manager.Locator("#decl-MembersTotal")).ToHaveValueAsync(new Regex("^(۷|7)$"));
            await manager.Locator("#decl-MembersWomen").FillAsync("۳");
            await manager.Locator("#decl-MembersMen").FillAsync("۴");
            await manager.Locator("#decl-Employees").FillAsync("۲");
            // Typed and left at once (no wait for a save): the figure is stored and the cooperative's page renders.
            await manager.Locator("#decl-cooperative a").ClickAsync();
            await manager.WaitForURLAsync(new Regex("/cooperatives/[0-9a-f-]{36}$"));
            await Expect(manager.Locator("#cooperative-officers")).ToBeVisibleAsync();
            await manager.GotoAsync($"declarations/{declarationId}");
            await manager.WaitForInteractiveAsync();
            await Expect(manager.Locator("#decl-Employees")).ToHaveValueAsync(new Regex("^(۲|2)$"));
            await Expect(manager.Locator("#decl-MembersMen")).ToHaveValueAsync(new Regex("^(۴|4)$"));
            await Expect(manager.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await SaveSectionAsync(manager, "Members");
            await manager.Locator("#decl-TotalAssets").FillAsync("۹۰۰۰۰۰۰۰");
            await manager.Locator("#decl-TotalLiabilities").FillAsync("۲۰۰۰۰۰۰۰");
            await manager.Locator("#decl-Equity").FillAsync("۷۰۰۰۰۰۰۰");
            await manager.Locator("#decl-Revenue").FillAsync("۱۵۰۰۰۰۰۰۰");
            await manager.Locator("#decl-NetProfitOrLoss").FillAsync("-۵۰۰۰۰۰۰");
            await manager.Locator("#decl-Dividends").FillAsync("۰");
            await SaveSectionAsync(manager, "Finances");
            await SaveSectionAsync(manager, "Assemblies"); // the ordinary assembly has not met yet: left empty
            await SaveSectionAsync(manager, "Officers");
            await SaveSectionAsync(manager, "InspectorsReport"); // no report attached
            foreach (var question in new[] { "TaxReturnFiled", "InsurancePaid", "BooksKept", "LicencesValid" })
            {
                await manager.Locator($"#decl-{question}-yes").CheckAsync();
            }

            await SaveSectionAsync(manager, "Compliance");
            await manager.Locator("#decl-TrainingHours").FillAsync("۸");
            await manager.Locator("#decl-ExportsValue").FillAsync("۰");
            await SaveSectionAsync(manager, "Activity");
            await manager.Locator("#decl-truth").CheckAsync();
            await manager.CheckpointAsync("64-declaration-ready");
            await manager.Locator("#decl-submit").ClickAsync();
            await Expect(manager.Locator("#decl-receipt")).ToBeVisibleAsync();
            await Expect(manager.Locator("#decl-receipt-number")).ToHaveTextAsync(new Regex("[A-Z0-9]{4}-[A-Z0-9]{4}"));
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
            await office.GotoAsync($"office/declarations/{declarationId}");
            await office.WaitForInteractiveAsync();
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

    /// <summary>Confirms a section and saves it; the section then says it is confirmed.</summary>
    private static async Task SaveSectionAsync(IPage page, string section)
    {
        await page.Locator($"#section-confirm-{section}").CheckAsync();
        await page.Locator($"#section-save-{section}").ClickAsync();
        await Expect(page.Locator($"#section-message-{section}")).ToBeVisibleAsync();
        await Expect(page.Locator($"#section-message-{section}")).Not.ToHaveClassAsync(new Regex("error"));
        // The section ends confirmed even when a field's own save was still running when «save» was clicked.
        await Expect(page.Locator($"#section-status-{section}")).ToHaveTextAsync("بررسی و تأیید شد");
    }
}
