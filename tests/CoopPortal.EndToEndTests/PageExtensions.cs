using CoopPortal.Infrastructure.Proofing;
using CoopPortal.Testing;
using Microsoft.Playwright;

namespace CoopPortal.EndToEndTests;

internal static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit is interactive: clicks before that are lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#render-state[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Watches every document the page loads from its first byte: once the main area has shown a heading, a moment in
    /// which the heading is gone or the text shrank under half of the most it held is a gap (the blank flash of issue 18:
    /// the circuit's first render was empty until its data came). Installed once per page; the same text twice is harmless.
    /// </summary>
    private const string ContentWatcher =
        """
        (() => {
            if (window.__content) return;
            const w = window.__content = { seen: false, most: 0, gaps: [] };
            const name = n => n.nodeType === 1 ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.classList.length ? '.' + [...n.classList].slice(0, 2).join('.') : '') : n.nodeType === 3 ? 'text' : '#' + n.nodeType;
            const changes = records => records.filter(r => r.removedNodes.length || r.addedNodes.length).slice(0, 4)
                .map(r => `${name(r.target)} -[${[...r.removedNodes].slice(0, 3).map(name).join(',')}] +[${[...r.addedNodes].slice(0, 3).map(name).join(',')}]`).join('; ');
            new MutationObserver(records => {
                const main = document.getElementById('main');
                const heading = main && main.querySelector('h1');
                const length = main ? main.innerText.trim().length : 0;
                if (!w.seen) { if (heading) { w.seen = true; w.most = length; w.fullest = main.innerText.trim().replace(/\s+/g, ' ').slice(0, 160); } return; }
                if (length >= w.most) { w.most = length; w.fullest = main.innerText.trim().replace(/\s+/g, ' ').slice(0, 160); }
                if (!heading || length < w.most / 2) w.gaps.push(`${Math.round(performance.now())} ms: heading ${heading ? 'shown' : 'gone'}, text ${length} of ${w.most}: ${main ? main.innerText.trim().slice(0, 80) : 'no #main'} (${changes(records)}); at its fullest it read: ${w.fullest}`);
            }).observe(document, { childList: true, subtree: true, characterData: true });
        })();
        """;

    /// <summary>
    /// Opens <paramref name="url"/> by a full load (a refresh, a link from an e-mail) and checks that its prerendered
    /// content stays until the circuit has started and rendered it again: the heading never leaves the main area and the
    /// text never falls under half.
    /// </summary>
    public static async Task GotoKeepingContentAsync(this IPage page, string url)
    {
        await page.AddInitScriptAsync(ContentWatcher);
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#main h1")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__content.seen"), $"{url}: the main area never showed a heading.");
        var gaps = await page.EvaluateAsync<string[]>("() => window.__content.gaps");
        Assert.True(gaps.Length == 0, $"{url}: the main area lost its content before the circuit rendered it: {string.Join(" | ", gaps)}."
            + $" The portal's last warnings: {string.Join(Environment.NewLine, ServerWarnings?.Invoke() ?? [])}");
    }

    /// <summary>The portal's last warnings, for failure messages (set by <see cref="BrowserFixture"/>).</summary>
    internal static Func<IReadOnlyList<string>>? ServerWarnings { get; set; }

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

    /// <summary>Fills and sends the registration form, and waits for what follows it: the SMS code step (ADR 21).</summary>
    public static async Task RegisterAsync(this IPage page, Citizen citizen)
    {
        await page.GotoAsync("Account/Register");
        await page.SendRegistrationAsync(citizen);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#verify-code")).ToBeVisibleAsync();
    }

    /// <summary>Fills the registration form the page shows with the citizen's answers, as typed, and sends it.</summary>
    public static async Task SendRegistrationAsync(this IPage page, Citizen citizen)
    {
        await page.Locator("#FullName").FillAsync(citizen.FullNameAsTyped);
        await page.Locator("#NationalCode").FillAsync(citizen.NationalCodeAsTyped);
        await page.Locator("#Mobile").FillAsync(citizen.MobileAsTyped);
        await page.Locator("#Email").FillAsync(citizen.Email);
        await page.Locator("#Password").FillAsync(citizen.Password);
        await page.Locator("#ConfirmPassword").FillAsync(citizen.Password);
        await page.Locator("#register-submit").ClickAsync();
    }

    /// <summary>
    /// On the registration's code step: reads the code the registration texted to the citizen's mobile (the Development
    /// gateway's outbox, as a person reads their phone), types it and signs in.
    /// </summary>
    public static async Task EnterRegistrationCodeAsync(this IPage page, Citizen citizen, SmsOutbox outbox)
    {
        var code = await outbox.CodeSentToAsync(citizen.Mobile);
        await page.Locator("#Code").FillAsync(CoopPortal.Domain.Common.PersianDigits.ToPersian(code));
        await page.Locator("#verify-code").ClickAsync();
    }

    /// <summary>
    /// Waits until the mobile has been sent <paramref name="count"/> messages (a registration's code is sent in the
    /// background, after the page answered) and returns the code in the latest.
    /// </summary>
    public static async Task<string> CodeSentToAsync(this SmsOutbox outbox, string mobile, int count = 1)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (outbox.To(mobile).Count < count)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                throw new TimeoutException($"{mobile} was sent {outbox.To(mobile).Count} SMS, not {count}.");
            }

            await Task.Delay(20);
        }

        return outbox.LatestCode(mobile) ?? throw new InvalidOperationException($"The latest SMS to {mobile} holds no code.");
    }

    /// <summary>
    /// Logs in like a person with their phone: when the portal asks for the authenticator's code (staff, or a citizen who
    /// opted in), types the code computed from the account's key (<see cref="Totp"/>); when staff must enrol first,
    /// enrols with the key the page shows and goes on past the recovery codes.
    /// </summary>
    public static async Task LoginAsync(this IPage page, string identifier, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("#Identifier").FillAsync(identifier);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();

        // Whatever the answer is: the second step, the enrolment, a refusal on the login page, or a portal page.
        var secondStep = page.Locator("#TwoFactorCode");
        var enrolment = page.Locator("#authenticator-key");
        await secondStep.Or(enrolment).Or(page.Locator("#status-message, #error-summary, #render-state")).First
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        if (await secondStep.CountAsync() > 0)
        {
            await secondStep.FillAsync(Totp.Code(TestAccounts.KeyOf(identifier)));
            await page.Locator("#two-factor-submit").ClickAsync();
        }
        else if (await enrolment.CountAsync() > 0)
        {
            await page.EnrolAuthenticatorAsync(identifier);
            await page.Locator("#recovery-codes-continue").ClickAsync();
        }
    }

    /// <summary>On the enrolment page: reads the key, types the current code, and returns the recovery codes shown once.</summary>
    public static async Task<IReadOnlyList<string>> EnrolAuthenticatorAsync(this IPage page, string identifier)
    {
        var key = await page.Locator("#authenticator-key").GetAttributeAsync("data-key")
            ?? throw new InvalidOperationException("The enrolment page shows no authenticator key.");
        TestAccounts.RememberKey(identifier, key);
        await page.Locator("#Code").FillAsync(Totp.Code(key));
        await page.Locator("#enable-authenticator-submit").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".recovery-code")).ToHaveCountAsync(10);
        return await page.Locator(".recovery-code").AllInnerTextsAsync();
    }
}
