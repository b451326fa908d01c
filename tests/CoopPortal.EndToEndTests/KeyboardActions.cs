using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// What a person without a mouse does (issue 17): Tab to a control, then Enter, Space, the arrows or typing. A journey
/// written with these fails when a control cannot be reached or worked by keys alone.
/// </summary>
internal static class KeyboardActions
{
    /// <summary>Tab presses tried before a control counts as unreachable (the longest page has about 60 stops).</summary>
    private const int MaxTabs = 90;

    /// <summary>
    /// Presses Tab until the keyboard's focus is on the element or inside it (a MudBlazor wrapper's input); Shift+Tab
    /// when the element comes before the focus, as a person goes back up the page (a headless browser does not wrap
    /// around from the last control to the first).
    /// </summary>
    public static async Task TabToAsync(this ILocator target)
    {
        // A person waits for a control the page has disabled while it works (a decision running) to come back.
        await Expect(target).ToBeEnabledAsync();
        var key = await target.EvaluateAsync<string>(
            """
            e => {
                const focus = document.activeElement;
                if (!focus || focus === document.body || e.contains(focus)) return 'Tab';
                return focus.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING ? 'Shift+Tab' : 'Tab';
            }
            """);
        var passed = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e.contains(document.activeElement)"))
            {
                return;
            }

            await target.Page.Keyboard.PressAsync(key);
            passed.Add(await target.Page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.disabled ? '[disabled]' : '') : 'none'; }"));
        }

        throw new InvalidOperationException($"{target} was not reached with {MaxTabs} presses of {key}; the focus went to: {string.Join(" ", passed.Distinct())}");
    }

    /// <summary>Tab to a button or link and press Enter.</summary>
    public static async Task PressByKeyboardAsync(this ILocator target)
    {
        await target.TabToAsync();
        await target.Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>
    /// Confirms the decision the open confirmation dialog asks about, by the keyboard (issue 18): the dialog must show
    /// <paramref name="fact"/> in its summary first.
    /// </summary>
    public static async Task ConfirmByKeyboardAsync(this IPage page, string fact)
    {
        await Expect(page.Locator("#confirm-facts")).ToContainTextAsync(fact);
        await page.Locator("#confirm-decision").PressByKeyboardAsync();
        await Expect(page.Locator("#confirm-facts")).ToBeHiddenAsync();
    }

    /// <summary>Tab to a check box and press Space if it is not as wanted; the box ends ticked (or not).</summary>
    public static async Task TickByKeyboardAsync(this ILocator checkbox, bool ticked = true)
    {
        await checkbox.TabToAsync();
        var input = await checkbox.EvaluateAsync<bool>("e => e.matches('input')") ? checkbox : checkbox.Locator("input");
        if (await input.IsCheckedAsync() != ticked)
        {
            await checkbox.Page.Keyboard.PressAsync("Space");
        }

        await Expect(input).ToBeCheckedAsync(new() { Checked = ticked });
    }

    /// <summary>
    /// Chooses a radio button by keys alone, as browsers let a person: Tab reaches the group once (at its chosen button,
    /// or its first when none is chosen), then the down arrow moves the choice until it is on this button.
    /// </summary>
    public static async Task TickRadioAsync(this ILocator radio)
    {
        var input = await radio.EvaluateAsync<bool>("e => e.matches('input')") ? radio : radio.Locator("input[type=radio]");
        var name = await input.GetAttributeAsync("name");
        Assert.False(string.IsNullOrEmpty(name), $"{radio} is not a radio button of a named group.");
        var group = radio.Page.Locator($"input[type=radio][name='{name}']");
        var chosen = radio.Page.Locator($"input[type=radio][name='{name}']:checked");
        await (await chosen.CountAsync() > 0 ? chosen : group.First).TabToAsync();
        for (var i = 0; i <= await group.CountAsync() && !await input.IsCheckedAsync(); i++)
        {
            // Space chooses the button the focus is on (the group's first, none chosen yet); the arrow moves on.
            await radio.Page.Keyboard.PressAsync(await input.EvaluateAsync<bool>("e => e === document.activeElement") ? "Space" : "ArrowDown");
        }

        await Expect(input).ToBeCheckedAsync();
    }

    /// <summary>Tab to a field, replace what it holds with the text by typing, and leave it with Tab.</summary>
    public static async Task TypeByKeyboardAsync(this ILocator input, string text)
    {
        await input.TabToAsync();
        await input.Page.Keyboard.PressAsync("Control+A");
        await input.Page.Keyboard.TypeAsync(text);
        await Expect(input).ToHaveValueAsync(text);
        await input.Page.Keyboard.PressAsync("Tab");
    }

    /// <summary>A drop-down list by keys alone: Tab to it, Enter opens it, the arrows choose, Enter closes it.</summary>
    public static async Task ChooseByKeyboardAsync(this ILocator input, string option)
    {
        var page = input.Page;
        await input.TabToAsync();
        await page.Keyboard.PressAsync("Enter");
        var options = page.Locator(".mud-popover-open").GetByRole(AriaRole.Option);
        await Expect(options.First).ToBeVisibleAsync();
        var titles = (await options.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        var target = titles.IndexOf(option);
        Assert.True(target >= 0, $"«{option}» is not among the options: {string.Join(" | ", titles)}");
        // Each arrow chooses the next (or previous) option, the first when none is chosen yet, and the field shows it.
        var current = titles.IndexOf((await input.InputValueAsync()).Trim());
        var key = target > current ? "ArrowDown" : "ArrowUp";
        for (var i = 0; i < Math.Abs(target - current); i++)
        {
            var before = await input.InputValueAsync();
            await page.Keyboard.PressAsync(key);
            await Expect(input).Not.ToHaveValueAsync(before);
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(option);
        await Expect(page.Locator(".mud-popover-open").GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
    }

    /// <summary>
    /// A tab of a tab list by keys alone (the ARIA tabs pattern: only the chosen tab is a Tab stop): Tab to the chosen
    /// tab, the arrows to the wanted one, Enter; the tab ends chosen.
    /// </summary>
    public static async Task ChooseTabByKeyboardAsync(this IPage page, string name)
    {
        var wanted = page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });
        await page.Locator("[role=tab][aria-selected=true]").First.TabToAsync();
        var tabs = await page.GetByRole(AriaRole.Tab).CountAsync();
        foreach (var key in new[] { "ArrowLeft", "ArrowRight" })
        {
            for (var i = 0; i < tabs && !await wanted.EvaluateAsync<bool>("e => e.contains(document.activeElement)"); i++)
            {
                await page.Keyboard.PressAsync(key);
            }
        }

        await wanted.ToHaveFocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(wanted).ToHaveAttributeAsync("aria-selected", "true");
    }
}
