using CoopPortal.Infrastructure.Persistence.Seeding;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>The head of office opens the statistics of their province in Chromium: the tables are there, in Persian.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourneyTests(BrowserFixture browser)
{
    private static readonly string HeadCode = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice").NationalCode;

    [Fact]
    public async Task The_head_of_office_sees_the_numbers_of_their_province()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(HeadCode, DemoAccounts.Password);
        await page.GotoAsync("statistics");
        await page.WaitForInteractiveAsync();
        foreach (var table in new[] { "applications-by-status", "formed-by-county", "by-orientation", "by-membership-type", "members", "declarations", "declarations-by-risk", "inspections", "durations" })
        {
            await Expect(page.Locator($"#stats-{table}")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("#stats-figure-cooperatives")).ToContainTextAsync("تعاونی‌های ثبت‌شده");
        await Expect(page.Locator("#stats-applications-by-status .stats-chart svg").First).ToBeVisibleAsync(); // the chart beside the table
        await Expect(page.Locator("#stats-durations")).ToContainTextAsync("میانه (روز)");
        await Expect(page.Locator("#stats-province")).ToHaveCountAsync(0); // a head of office sees only their province
        await page.ScreenshotAsync("73-statistics");
    }
}
