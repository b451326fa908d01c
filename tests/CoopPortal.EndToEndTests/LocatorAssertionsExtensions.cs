namespace CoopPortal.EndToEndTests;

internal static class LocatorAssertionsExtensions
{
    /// <summary>MudBlazor renders a read-only field with the readonly attribute on its input.</summary>
    public static Task HaveAttributeReadOnlyAsync(this Microsoft.Playwright.ILocatorAssertions assertions) =>
        assertions.ToHaveAttributeAsync("readonly", new System.Text.RegularExpressions.Regex(".*"));

    /// <summary>
    /// Expects the element to hold the keyboard's focus; when it does not, the failure names the element that does (a
    /// focus taken elsewhere by a script is told apart from a focus never given).
    /// </summary>
    public static async Task ToHaveFocusAsync(this Microsoft.Playwright.ILocator target)
    {
        try
        {
            await Microsoft.Playwright.Assertions.Expect(target).ToBeFocusedAsync();
        }
        catch (Microsoft.Playwright.PlaywrightException failure)
        {
            var active = await target.Page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : 'none'; }");
            throw new Microsoft.Playwright.PlaywrightException($"{failure.Message}\nThe focus is on: {active}", failure);
        }
    }
}
