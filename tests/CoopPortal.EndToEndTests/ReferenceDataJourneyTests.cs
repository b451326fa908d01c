using CoopPortal.Infrastructure.Persistence.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The admin renames an orientation in Chromium: a title another orientation already has is refused in Persian under
/// the field and nothing is saved; a new title is saved, listed, and audited with the admin's name and the old and new
/// title. The test puts the title back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferenceDataJourneyTests(BrowserFixture browser)
{
    private const string Original = "مرزنشینان";
    private const string Renamed = "مرزنشینان و مناطق مرزی";
    private static readonly string AdminCode = DemoAccounts.All.Single(a => a.Role == "Admin").NationalCode;

    [Fact]
    public async Task An_admin_renames_an_orientation_with_validation_and_sees_the_audit_line()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(AdminCode, DemoAccounts.Password);
        await page.GotoAsync("admin/reference-data");
        await page.WaitForInteractiveAsync();
        var row = page.Locator("#orientation-row-border-residents");
        await Expect(row).ToContainTextAsync(Original);
        try
        {
            await page.Locator("#orientation-edit-border-residents").ClickAsync();
            await TypeTitleAsync(page, "كشاورزي"); // Arabic kaf and yeh: the same title as «کشاورزی»
            await page.Locator("#orientation-save").ClickAsync();
            await Expect(page.Locator("#orientation-editor")).ToContainTextAsync("عنوان «کشاورزی» پیش از این برای مورد دیگری به کار رفته است");
            await Expect(page.Locator("#refdata-saved")).ToHaveCountAsync(0);
            await page.ScreenshotAsync("74-reference-data-refused");

            await TypeTitleAsync(page, Renamed);
            await page.Locator("#orientation-save").ClickAsync();
            await Expect(page.Locator("#refdata-saved")).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync(Renamed);
            var auditLine = page.Locator("#refdata-audit tbody tr").First;
            await Expect(auditLine).ToContainTextAsync("مدیر سامانه");
            await Expect(auditLine).ToContainTextAsync($"از «{Original}» به «{Renamed}»");
            await page.ScreenshotAsync("75-reference-data-saved");
        }
        finally
        {
            await page.GotoAsync("admin/reference-data");
            await page.WaitForInteractiveAsync();
            if ((await row.InnerTextAsync()).Contains(Renamed, StringComparison.Ordinal))
            {
                await page.Locator("#orientation-edit-border-residents").ClickAsync();
                await TypeTitleAsync(page, Original);
                await page.Locator("#orientation-save").ClickAsync();
                await Expect(page.Locator("#refdata-saved")).ToBeVisibleAsync();
            }

            await Expect(row).Not.ToContainTextAsync(Renamed);
        }
    }

    /// <summary>Types the title and leaves the field, so the circuit holds the value before the save is clicked.</summary>
    private static async Task TypeTitleAsync(IPage page, string title)
    {
        var field = page.Locator("#orientation-title");
        await field.TypeAndLeaveAsync(title);
    }
}
