using CoopPortal.Infrastructure.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 17: the pages no other journey stops at, each in the state a person first meets it, pass the checkpoint
/// (axe WCAG 2.0-2.2 A/AA with no serious or critical finding, no sideways scroll on a 390 px phone). The journeys check
/// every other page in its states (<see cref="Checkpoints"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilitySweepTests(BrowserFixture browser)
{
    private static readonly string[] PersianMonths =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static int JalaliMonth(DateOnly date) => new System.Globalization.PersianCalendar().GetMonth(date.ToDateTime(TimeOnly.MinValue));

    private static string CodeOf(string role) => DemoAccounts.All.Single(a => a.Role == role).NationalCode;

    [Fact]
    public async Task A_citizens_empty_lists_and_the_sections_of_a_new_application()
    {
        var (page, _) = await browser.SignedInCitizenAsync();

        await page.GotoAsync("applications");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#start-application")).ToBeVisibleAsync();
        await page.CheckpointAsync("sweep-my-applications-empty");

        var application = await page.StartApplicationAsync();
        foreach (var section in new[] { "names", "founders", "capital", "declaration" })
        {
            await page.OpenSectionAsync(application, section);
            await page.CheckpointAsync($"sweep-section-{section}-empty");
        }

        await page.GotoAsync("cooperatives");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#main h1")).ToBeVisibleAsync();
        await page.CheckpointAsync("sweep-my-cooperatives-empty");

        // A page of staff, refused.
        await page.GotoAsync("office");
        await Expect(page.Locator("#main h1")).ToBeVisibleAsync();
        await page.CheckpointAsync("sweep-office-refused-to-a-citizen");
    }

    [Fact]
    public async Task Office_lists_and_the_province_page()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(CodeOf("Reviewer"), DemoAccounts.Password);
        await page.GotoAsync("office/assemblies");
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("#main h1")).ToBeVisibleAsync();
        await page.CheckpointAsync("sweep-office-assemblies");

        // A date filter: typed, or chosen by keyboard from the Persian calendar that opens under it.
        await page.GotoAsync("office");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "انتخاب «ارسال از تاریخ» از تقویم" }).ClickAsync();
        var calendar = page.Locator(".jalali-calendar");
        await Expect(calendar).ToBeVisibleAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);
        await Expect(calendar).ToContainTextAsync(PersianMonths[JalaliMonth(today) - 1]);
        await Expect(calendar.Locator("button:focus")).ToHaveCountAsync(1);
        await page.CheckpointAsync("sweep-date-calendar-open");
        await page.Keyboard.PressAsync("Enter");
        await Expect(calendar).ToBeHiddenAsync();
        await Expect(page.Locator("#queue-from")).ToHaveValueAsync(CoopPortal.Domain.Common.PersianDigits.ToPersian(CoopPortal.Domain.Common.JalaliDate.Format(today)));
        await page.Locator("#queue-from").ToHaveFocusAsync();

        var admin = await browser.NewPageAsync();
        await admin.LoginAsync(CodeOf("Admin"), DemoAccounts.Password);
        await admin.GotoAsync($"office/{DemoAccounts.ZanjanProvinceId}");
        await admin.WaitForInteractiveAsync();
        await Expect(admin.Locator("#main h1")).ToBeVisibleAsync();
        await admin.CheckpointAsync("sweep-office-province");
    }

    [Fact]
    public async Task Account_pages_a_visitor_can_open()
    {
        var page = await browser.NewPageAsync();
        foreach (var (path, name) in new[]
        {
            ("Account/Register", "sweep-register"),
            ("Account/LoginSms", "sweep-login-sms"),
            ("Account/AccessDenied", "sweep-access-denied"),
            ("Error", "sweep-error-page"),
        })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.CheckpointAsync(name);
        }
    }
}
