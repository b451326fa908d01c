using CoopPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The admin changes a configurable rule in Chromium: a value out of range is refused in Persian and nothing is saved;
/// a valid value is saved, used at once and audited with the old and new value; the test puts the rule back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RuleSettingsJourneyTests(BrowserFixture browser)
{
    private static readonly string AdminCode = DemoAccounts.All.Single(a => a.Role == "Admin").NationalCode;

    [Fact]
    public async Task An_admin_changes_a_rule_with_validation_and_the_change_is_audited()
    {
        var page = await browser.NewPageAsync();
        await page.LoginAsync(AdminCode, DemoAccounts.Password);
        await page.GotoKeepingContentAsync("admin/rules");
        var field = page.Locator("#rule-RegistryRules-InspectorTermYears");
        var original = await field.InputValueAsync();
        try
        {
            await field.TypeByKeyboardAsync("۹");
            await page.Locator("#rules-save").PressByKeyboardAsync();
            await Expect(page.Locator("#rules-saved")).ToHaveCountAsync(0);
            await Expect(page.Locator("#main")).ToContainTextAsync("۳");
            await page.CheckpointAsync("71-rules-refused");

            await field.TypeByKeyboardAsync("۲");
            await page.Locator("#rules-save").PressByKeyboardAsync();
            await Expect(page.Locator("#rules-saved")).ToBeVisibleAsync();
            await Expect(page.Locator("#rules-audit")).ToContainTextAsync("مدیر سامانه");
            await page.CheckpointAsync("72-rules-saved");
        }
        finally
        {
            await page.GotoAsync("admin/rules");
            await page.WaitForInteractiveAsync();
            await page.Locator("#rule-RegistryRules-InspectorTermYears").FillAsync(original);
            await page.Locator("#rules-save").ClickAsync();
            await Expect(page.Locator("#rules-saved")).ToBeVisibleAsync();
        }
    }
}
