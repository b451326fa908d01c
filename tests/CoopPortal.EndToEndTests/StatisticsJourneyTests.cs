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
        await Expect(page.Locator("#stats-applications")).ToBeVisibleAsync();
        await Expect(page.Locator("#stats-counties")).ToBeVisibleAsync();
        await Expect(page.Locator("#stats-members")).ToBeVisibleAsync();
        await Expect(page.Locator("#stats-province")).ToHaveCountAsync(0); // a head of office sees only their province
        await page.ScreenshotAsync("73-statistics");
    }
}
