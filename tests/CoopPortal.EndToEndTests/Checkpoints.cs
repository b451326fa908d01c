using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using CoopPortal.Testing;
using Microsoft.Playwright;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// A state of a journey that a person meets (empty, with errors, read-only, decided) is a checkpoint: it is kept as a
/// screenshot at desktop size and on a 390 px phone, and it must pass axe-core's WCAG 2.0-2.2 A/AA rules with no
/// serious or critical finding and not scroll sideways on the phone or at 320 px (issue 17), and its words must keep to
/// docs/glossary.md (issue 18). A finding fails the journey with the rule, the elements and what axe says to do.
/// </summary>
internal static class Checkpoints
{
    // Document previews are frames of their own, sandboxed without scripts (docs/security.md): axe cannot run inside
    // them and would wait for them; the page around them is checked.
    private static readonly AxeRunOptions WcagAa = new()
    {
        Iframes = false,
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    /// <summary>Screenshots the page (desktop and phone) and checks it as a person would meet it now.</summary>
    public static async Task CheckpointAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(name);
        var findings = await FindingsAsync(page);
        findings.AddRange(await UnstyledAsync(page));
        // One voice (issue 18, docs/glossary.md): the words the page shows, its title included.
        var words = await page.EvaluateAsync<string>("() => document.title + ' ' + document.body.innerText");
        findings.AddRange(Glossary.Check(words).Select(v => $"- the page writes {v}"));

        var desktop = page.ViewportSize;
        if (desktop is not null && desktop.Width > Phone.Width)
        {
            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            try
            {
                await SettleAsync(page);
                findings.AddRange(await FindingsAsync(page, "on the phone: "));
                findings.AddRange(await UnstyledAsync(page, "on the phone: "));
                await page.ScreenshotAsync(Path.Combine("phone", name));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    findings.Add($"- the page scrolls sideways by {overflow} px on a {Phone.Width} px phone: {await WidestAsync(page)}");
                }

                // Reflow (WCAG 1.4.10): at 320 px, as a 1280 px window at 400% zoom, nothing scrolls sideways either.
                await page.SetViewportSizeAsync(Reflow.Width, Reflow.Height);
                await SettleAsync(page);
                await page.ScreenshotAsync(Path.Combine("reflow", name));
                var reflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (reflow > 0)
                {
                    findings.Add($"- the page scrolls sideways by {reflow} px at {Reflow.Width} px: {await WidestAsync(page)}");
                }
            }
            finally
            {
                await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
            }
        }

        if (findings.Count > 0)
        {
            throw new InvalidOperationException(
                $"«{name}» ({page.Url}) is not accessible or not in the portal's words; screenshots {name}.png and phone/{name}.png.{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
        }
    }

    /// <summary>Serious and critical axe findings only, each as a line with its elements.</summary>
    public static async Task<List<string>> FindingsAsync(IPage page, string prefix = "")
    {
        var result = await page.RunAxe(WcagAa);
        var lines = new List<string>();
        foreach (var violation in result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)))
        {
            var text = new StringBuilder($"- {prefix}{violation.Impact} {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Distinct(StringComparer.Ordinal);
                text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}    {node.Target} {Shorten(node.Html)}{Environment.NewLine}      {string.Join(" / ", checks)}");
            }

            lines.Add(text.ToString());
        }

        return lines;
    }

    /// <summary>
    /// The rules of MudBlazor's stylesheet that the portal's trimmed copy left out (src/CoopPortal.Web/Build/
    /// TrimMudBlazorCss.cs lists their selectors at build time) and that would style an element of this page: a
    /// component used without being taken off Build/mudblazor-unused.txt, or a utility class built at run time from
    /// parts no source names. States (:hover, :focus) and pseudo-elements are left off a selector before matching.
    /// </summary>
    private static async Task<List<string>> UnstyledAsync(IPage page, string prefix = "")
    {
        var matched = await page.EvaluateAsync<string[]>(
            """
            selectors => selectors.filter(s => {
                const bare = s.replace(/::?(before|after|placeholder|selection|marker|-webkit-[\w-]+|-moz-[\w-]+)\b/g, '')
                              .replace(/:(hover|focus-visible|focus-within|focus|active|visited)\b/g, '');
                try { return document.querySelector(bare || '*') !== null; } catch { return false; }
            }).slice(0, 10)
            """,
            DroppedSelectors.Value);
        return matched.Length == 0
            ? []
            : [$"- {prefix}MudBlazor rules the portal's stylesheet left out would style this page: {string.Join(" | ", matched)}"];
    }

    private static readonly Lazy<string[]> DroppedSelectors = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "CoopPortal.Web", "obj", "mudblazor", "dropped-selectors.txt");
        return File.Exists(path)
            ? File.ReadAllLines(path)
            : throw new FileNotFoundException("The build of CoopPortal.Web lists the selectors it left out of MudBlazor's stylesheet here.", path);
    });

    internal static readonly (int Width, int Height) Phone = (390, 844);

    /// <summary>
    /// Waits until the page has laid itself out for a new width: two frames (layout.js's scroll regions), then every
    /// transition or animation that ends has ended (the menu and the main column slide to their phone places; measured
    /// mid-way, the page is wider than it will be). Endless ones (a progress bar) are not waited for.
    /// </summary>
    private static Task<System.Text.Json.JsonElement?> SettleAsync(IPage page) => page.EvaluateAsync(
        """
        async () => {
            await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            const ending = document.getAnimations().filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
            await Promise.all(ending.map(a => a.finished.catch(() => null)));
        }
        """);

    private static readonly (int Width, int Height) Reflow = (320, 640);

    /// <summary>
    /// The outermost elements that reach past the window and are not inside a box that scrolls or clips them: what makes
    /// the page scroll sideways, for a failure message that says so.
    /// </summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
            const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
            const outside = e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1); };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].slice(0, 3).join('.') + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right) + 'px';
            const all = [...document.querySelectorAll('body *')].filter(outside);
            const free = all.filter(e => !clipped(e) && !(e.parentElement && outside(e.parentElement) && !clipped(e.parentElement)));
            return (free.length > 0 ? free : all.filter(e => !(e.parentElement && outside(e.parentElement)))).slice(0, 5).map(name).join(', ');
        }
        """);

    private static string Shorten(string? html) => html is null ? string.Empty : html.Length <= 160 ? html : html[..160] + "…";
}
