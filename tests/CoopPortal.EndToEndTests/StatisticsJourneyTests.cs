using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>The head of office opens the statistics of their province in Chromium: every table is there, in Persian, with its chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourneyTests(BrowserFixture browser)
{
    private static readonly DemoAccount Head = DemoAccounts.All.Single(a => a.Role == "HeadOfOffice");
    private static readonly DemoAccount Citizen = DemoAccounts.All.Single(a => a.Role == "Applicant");

    [Fact]
    public async Task The_head_of_office_sees_the_numbers_of_their_province()
    {
        // Two submitted applications in the head's province, so the applications table has something to chart.
        var services = browser.Portal.Services;
        string citizenId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            citizenId = await db.Users.Where(u => u.NationalCode == Citizen.NationalCode).Select(u => u.Id).SingleAsync();
        }

        await CompleteApplications.SubmitAsync(services, citizenId, Citizen.NationalCode, Head.ProvinceId!.Value, [DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddDays(-1)]);

        var page = await browser.NewPageAsync();
        await page.LoginAsync(Head.NationalCode, DemoAccounts.Password);
        await page.GotoKeepingContentAsync("statistics");
        foreach (var table in new[] { "applications-by-status", "formed-by-county", "by-orientation", "by-membership-type", "members", "declarations", "declarations-by-risk", "inspections", "durations", "lifecycle", "by-status" })
        {
            await Expect(page.Locator($"#stats-{table}")).ToBeVisibleAsync();
        }

        await Expect(page.Locator("h1")).ToContainTextAsync("زنجان");
        await Expect(page.Locator("#stats-figure-cooperatives")).ToContainTextAsync("تعاونی‌های ثبت‌شده");
        await Expect(page.Locator("#stats-applications-by-status .stats-chart svg").First).ToBeVisibleAsync(); // the chart beside the table
        await Expect(page.Locator("#stats-applications-by-status")).ToContainTextAsync("ارسال‌شده، در انتظار بررسی");
        await Expect(page.Locator("#stats-durations")).ToContainTextAsync("میانه (روز)");
        await Expect(page.Locator("#stats-lifecycle")).ToContainTextAsync("پرونده‌های رکود، انحلال و تصفیه");
        await Expect(page.Locator("#stats-by-status")).ToContainTextAsync("در حال تصفیه");
        await Expect(page.Locator("#stats-province")).ToHaveCountAsync(0); // a head of office sees only their province
        await page.CheckpointAsync("73-statistics");
    }
}
