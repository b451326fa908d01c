using System.Text.RegularExpressions;
using CoopPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// PostgreSQL stops while a citizen types: what was typed stays on the page, the page says it is not saved yet, and
/// it is saved by itself when the database returns, without a reload and without the error bar.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OutageJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task What_a_citizen_types_while_the_database_is_down_is_kept_and_saved_when_it_returns()
    {
        var page = await browser.NewPageAsync();
        var citizen = Citizen.Create();
        await page.RegisterAsync(citizen);
        await page.LoginAsync(citizen.NationalCode, citizen.Password);
        await Expect(page).ToHaveURLAsync(Dashboard());
        var app = await page.StartApplicationAsync();
        await page.OpenSectionAsync(app, "cooperative");

        const string address = "زنجان، خیابان خیام، کوچه ۵، پلاک ۹";
        const string description = "تأمین کالاهای اساسی اعضا در زمان قطعی پایگاه داده";
        try
        {
            await Task.Run(TestPostgres.Server.Stop);

            await page.Locator(FormationPages.FieldId("Address")).TypeAndLeaveAsync(address);
            await Expect(page.Locator("#save-status")).ToContainTextAsync("هنوز ذخیره نشده است");
            // The person goes on typing while the first change waits: nothing is dropped, nothing breaks.
            await page.Locator(FormationPages.FieldId("ActivityDescription")).TypeAndLeaveAsync(description);
            await page.CheckpointAsync("70-outage-not-saved-yet");
            Assert.True(await LeavingAsksFirstAsync(page), "leaving the page while the text is not saved must ask first");
            await Expect(page.Locator(FormationPages.FieldId("Address"))).ToHaveValueAsync(address);
        }
        finally
        {
            await Task.Run(TestPostgres.Server.Resume);
        }

        await Expect(page.Locator("#save-status")).ToContainTextAsync("ذخیره شد، ساعت", new() { Timeout = 30_000 });
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        Assert.False(await LeavingAsksFirstAsync(page), "once saved, the page may be left without a question");
        await page.CheckpointAsync("71-outage-saved-after-return");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator(FormationPages.FieldId("Address"))).ToHaveValueAsync(address);
        await Expect(page.Locator(FormationPages.FieldId("ActivityDescription"))).ToHaveValueAsync(description);
    }

    /// <summary>True when the page would ask before it is left (its beforeunload handler cancels the event).</summary>
    internal static Task<bool> LeavingAsksFirstAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }))");

    [GeneratedRegex("/dashboard$")]
    private static partial Regex Dashboard();
}
