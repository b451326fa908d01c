using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 15: the portal works under its Content-Security-Policy (the journeys fail on any violation, see
/// <see cref="CspViolations"/>); this proves the watch itself sees one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_inline_script_without_the_nonce_is_blocked_and_reported()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("");
        await page.WaitForInteractiveAsync();

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'document.body.dataset.injected = \"ran\"'; document.body.appendChild(s); }");

        await Expect(page.Locator("body")).Not.ToHaveAttributeAsync("data-injected", "ran");
        var violations = await WaitForViolationsAsync();
        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
    }

    /// <summary>The browser reports a violation asynchronously: poll the watch until it has one (15 s at most).</summary>
    private static async Task<IReadOnlyList<string>> WaitForViolationsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var taken = CspViolations.TakeAll();
            if (taken.Count > 0 || DateTime.UtcNow > deadline)
            {
                return taken;
            }

            await Task.Delay(50);
        }
    }
}
