using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The layout is rendered on the server with no circuit (ADR 18): its menu, account menu and bell work by links, a
/// native disclosure and a small script, on a phone and by keyboard; the page inside is the interactive island.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_on_the_landing_page_opens_no_circuit()
    {
        var page = await browser.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync(string.Empty);
        await page.WaitForInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("سامانه خدمات الکترونیکی تعاون");
        await page.Locator("#login-link").ClickAsync();
        await Expect(page.Locator("#Identifier")).ToBeVisibleAsync();

        Assert.Empty(sockets);
    }

    [Fact]
    public async Task A_section_loaded_in_full_keeps_its_content_while_the_circuit_starts()
    {
        var (page, _) = await browser.SignedInCitizenAsync();
        var application = await page.StartApplicationAsync();

        // From the first paint of the prerendered page until the circuit is interactive, the section's heading and
        // its text are never missing (the blank flash of issue 18: the circuit's first render was empty).
        await page.GotoKeepingContentAsync($"{application}/cooperative");
        await Expect(page.Locator("#field-ActivityTypeId")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_its_button_and_a_chosen_page_takes_the_focus_to_its_heading()
    {
        var (page, _) = await browser.SignedInCitizenAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForInteractiveAsync();

        var menu = page.Locator("#main-menu");
        var toggle = page.Locator("#drawer-toggle");
        await Expect(menu).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await page.CheckpointAsync("95-phone-menu-open");
        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToBeHiddenAsync();
        await toggle.ToHaveFocusAsync();

        await toggle.ClickAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "درخواست‌های تشکیل تعاونی" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applications$"));
        await Expect(page).ToHaveTitleAsync("درخواست‌های من"); // the page's own title, not the layout's fallback
        await Expect(menu).ToBeHiddenAsync();
        await page.Locator("#main h1").ToHaveFocusAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }

    [Fact]
    public async Task The_account_menu_opens_and_closes_by_keyboard()
    {
        var (page, _) = await browser.SignedInCitizenAsync();
        await page.WaitForInteractiveAsync();

        var summary = page.Locator("#account-menu");
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#logout")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#logout")).ToBeHiddenAsync();
        await summary.ToHaveFocusAsync();

        await summary.ClickAsync();
        await page.Locator(".account-menu-list a[href='Account/Manage/ChangePassword']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Manage/ChangePassword$"));
    }

    [Fact]
    public async Task Another_citizens_application_is_not_found_whether_typed_or_reached_by_a_link()
    {
        var owner = Citizen.Create();
        var ownerPage = await browser.NewPageAsync();
        await ownerPage.RegisterAsync(owner);
        var (id, trackingCode) = await SeededApplications.SubmitAsync(browser.Portal, owner);

        var page = await browser.NewPageAsync();
        var other = Citizen.Create();
        await page.RegisterAsync(other);
        await page.LoginAsync(other.NationalCode, other.Password);
        await page.WaitForInteractiveAsync();

        // Typed into the address bar: a full page load.
        await page.GotoAsync($"applications/{id}/cooperative");
        await Expect(page.Locator("#main h1")).ToHaveTextAsync("صفحه پیدا نشد");
        await Expect(page.Locator("#main")).Not.ToContainTextAsync(trackingCode);

        // Reached from an interactive page by enhanced navigation (the page island is asked for the other page).
        await page.GotoAsync("applications");
        await page.WaitForInteractiveAsync();
        await page.EvaluateAsync($"() => {{ const a = document.createElement('a'); a.href = 'applications/{id}'; a.id = 'probe'; a.textContent = 'x'; document.querySelector('#main').appendChild(a); }}");
        await page.Locator("#probe").ClickAsync();
        await Expect(page.Locator("#main h1")).ToHaveTextAsync("صفحه پیدا نشد");
        await Expect(page.Locator("#main")).Not.ToContainTextAsync(trackingCode);
    }
}
