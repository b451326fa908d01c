using Microsoft.Playwright;

namespace CoopPortal.EndToEndTests;

internal static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is interactive: clicks before that are lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#render-state[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Types into a field, checks the browser holds the whole text, and leaves the field so its change reaches the
    /// server before the next click.
    /// </summary>
    public static async Task TypeAndLeaveAsync(this ILocator input, string text)
    {
        await input.FillAsync(text);
        await Microsoft.Playwright.Assertions.Expect(input).ToHaveValueAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>
    /// Waits for a decision's outcome in a status chip. When it does not come, the failure says what the page showed
    /// instead (its alerts) and keeps a screenshot, so a red run in CI can be read without rerunning it.
    /// </summary>
    public static async Task ExpectStatusAsync(this IPage page, string selector, string expected)
    {
        try
        {
            await Microsoft.Playwright.Assertions.Expect(page.Locator(selector)).ToHaveTextAsync(expected);
        }
        catch (PlaywrightException ex)
        {
            var alerts = await page.Locator(".mud-alert, .validation-message, .mud-input-helper-text.mud-input-error").AllInnerTextsAsync();
            var shot = $"failed-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
            await page.ScreenshotAsync(shot);
            throw new InvalidOperationException(
                $"{selector} did not become «{expected}». The page showed: {(alerts.Count == 0 ? "no message" : string.Join(" | ", alerts))}. Screenshot: {shot}.png",
                ex);
        }
    }

    /// <summary>Saves a full-page screenshot as a test artefact (artifacts/screenshots/NAME.png).</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    public static async Task RegisterAsync(this IPage page, Citizen citizen)
    {
        await page.GotoAsync("Account/Register");
        await page.Locator("#FullName").FillAsync(citizen.FullNameAsTyped);
        await page.Locator("#NationalCode").FillAsync(citizen.NationalCodeAsTyped);
        await page.Locator("#Mobile").FillAsync(citizen.Mobile);
        await page.Locator("#Email").FillAsync(citizen.Email);
        await page.Locator("#Password").FillAsync(citizen.Password);
        await page.Locator("#ConfirmPassword").FillAsync(citizen.Password);
        await page.Locator("#register-submit").ClickAsync();
    }

    public static async Task LoginAsync(this IPage page, string identifier, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("#Identifier").FillAsync(identifier);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
    }
}
