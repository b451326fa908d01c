using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 20's inspector journey: a cooperative's inspector (a proven national code, the term covering today) signs in,
/// finds the cooperative on «گزارش‌های بازرسی من», writes the year's report and signs it by sending it; the PDF reads
/// back; the manager's self-declaration of that year shows the report in place of the upload and R04 does not fire.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InspectorJourneyTests(BrowserFixture browser)
{
    private const string Password = "Journey-Inspector-2026!";

    private sealed record Person(string NationalCode, string FullName, string UserId);

    [Fact]
    public async Task An_inspector_signs_the_report_and_the_declaration_reads_it()
    {
        // The portal's today: two months into the new fiscal year; the report and the declaration are on the year that
        // ended (`year`: InspectionCalendar.ReportYear).
        var year = JalaliDate.YearOf(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5)));
        var today = Domain.Supervision.RiskRules.FiscalYearEnd(year).AddDays(60);
        browser.Portal.Clock.Offset = today.ToDateTime(new TimeOnly(5, 30), DateTimeKind.Utc) - DateTime.UtcNow;
        try
        {
            var manager = await PersonAsync("مدیرعامل", Domain.Users.Roles.CooperativeManager);
            var inspector = await PersonAsync("بازرس", Domain.Users.Roles.Applicant);
            var cooperativeId = await SeedCooperativeAsync(manager, inspector, today);

            // 1. The inspector finds the cooperative and starts the year's report.
            var page = await browser.NewPageAsync();
            await page.LoginAsync(inspector.NationalCode, Password);
            await page.GotoKeepingContentAsync("inspections");
            await page.WaitForInteractiveAsync();
            await page.CheckpointAsync("120-inspections");
            await page.Locator($"#inspection-start-{cooperativeId}").PressByKeyboardAsync();
            await page.WaitForURLAsync(new Regex("/inspector-reports/[0-9a-f-]{36}$"));
            await page.WaitForInteractiveAsync();
            var reportId = Regex.Match(page.Url, "[0-9a-f-]{36}").Value;

            // 2. Every section, then the signature behind its confirmation.
            await page.Locator("#report-BooksKept-yes").TickRadioAsync();
            await page.Locator("#report-TotalAssets").TypeByKeyboardAsync("5000000000");
            await page.Locator("#report-TotalLiabilities").TypeByKeyboardAsync("2000000000");
            await page.Locator("#report-Equity").TypeByKeyboardAsync("3000000000");
            await page.Locator("#report-NetProfitOrLoss").TypeByKeyboardAsync("150000000");
            await page.Locator("#report-BylawsComplied-yes").TickRadioAsync();
            await page.Locator("#report-ResolutionsCarriedOut-yes").TickRadioAsync();
            await page.Locator("#report-Opinion-Unqualified").TickRadioAsync();
            await Expect(page.Locator("#report-problems")).ToBeHiddenAsync();
            await Expect(page.Locator("#report-save-status")).ToContainTextAsync("ذخیره شد");
            await page.CheckpointAsync("121-inspector-report");
            await page.Locator("#report-submit").PressByKeyboardAsync();
            await page.ConfirmByKeyboardAsync("مقبول");
            await page.ExpectStatusAsync("#report-status", "امضا و ارسال شده");
            await Expect(page.Locator("#report-opinion-title")).ToHaveTextAsync("مقبول");
            await page.CheckpointAsync("122-inspector-report-sent");

            // 3. The PDF reads back.
            var response = await page.APIRequest.GetAsync($"inspector-reports/{reportId}/report.pdf");
            Assert.Equal(200, response.Status);
            var pdf = await response.BodyAsync();
            var text = PdfInspection.Text(pdf);
            Assert.True(File.Exists(PdfInspection.FirstPageToPng(pdf, "journey-inspector-report"))); // page 1 kept for review
            Assert.Empty(Glossary.Check(text));
            Assert.Contains("مقبول", text, StringComparison.Ordinal);

            // 4. The manager's declaration of that year shows it in place of the upload; R04 does not fire.
            var office = await browser.NewPageAsync();
            await office.LoginAsync(manager.NationalCode, Password);
            await office.GotoKeepingContentAsync($"cooperatives/{cooperativeId}");
            await office.WaitForInteractiveAsync();
            await office.Locator($"#declaration-start-{year}").PressByKeyboardAsync();
            await office.WaitForURLAsync(new Regex("/declarations/[0-9a-f-]{36}$"));
            var declarationId = Regex.Match(office.Url, "[0-9a-f-]{36}").Value;
            await office.WaitForInteractiveAsync();
            await Expect(office.Locator("#decl-risk")).ToBeVisibleAsync();
            Assert.DoesNotContain("R04", await office.Locator("#decl-risk").InnerTextAsync(), StringComparison.Ordinal);
            await office.GotoKeepingContentAsync($"declarations/{declarationId}/sections/inspectors-report");
            await office.WaitForInteractiveAsync();
            await Expect(office.Locator($"#decl-inspector-report-{reportId}")).ToContainTextAsync(inspector.FullName);
            await Expect(office.Locator("#decl-inspectors-report")).ToHaveCountAsync(0);
            await office.CheckpointAsync("123-declaration-inspector-report");
        }
        finally
        {
            browser.Portal.Clock.Offset = TimeSpan.Zero;
        }
    }

    private async Task<Person> PersonAsync(string name, string role)
    {
        var code = TestNationalCodes.Next();
        var fullName = $"{name} {PersianDigits.ToPersian(code[..4])}";
        var user = await TestAccounts.CreateAsync(browser.Portal.Services, code, fullName, role, null, Password, "in", mobile: TestNumbers.Mobile());
        return new Person(code, fullName, user.Id);
    }

    /// <summary>A Zanjan cooperative: the manager its CEO, a board in term, the inspector's term covering today.</summary>
    private async Task<Guid> SeedCooperativeAsync(Person manager, Person inspector, DateOnly today)
    {
        var number = TestNumbers.RegistrationNumber();
        var cooperative = Cooperative.Import(new ImportedCooperative($"تعاونی بازرسی‌شده زنجان {number}", number, JalaliDate.Parse("1399/01/15")!.Value, null,
            DemoAccounts.ZanjanProvinceId, null, null, 20, 900_000_000, manager.NationalCode, manager.FullName, today.AddYears(2)), DateTime.UtcNow);
        cooperative.ReplaceOfficers([
            new OfficerEntry(OfficerRole.Ceo, manager.FullName, manager.NationalCode),
            .. Enumerable.Range(1, 3).Select(i => new OfficerEntry(OfficerRole.BoardMember, $"عضو هیئت مدیره {i} {number}", TestNationalCodes.Next(), today.AddYears(-1), today.AddYears(2))),
            new OfficerEntry(OfficerRole.Inspector, inspector.FullName, inspector.NationalCode, today.AddDays(-30), today.AddDays(300)),
        ]);
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative.Id;
    }
}
