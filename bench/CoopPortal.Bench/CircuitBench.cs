using System.Globalization;
using System.Runtime;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopPortal.Bench;

/// <summary>
/// Live heap per open circuit: the portal on Kestrel in this process, Chromium (its own processes, not counted) opening
/// the same page in more and more tabs of one signed-in browser context, each tab a circuit. At each count, once every
/// tab is interactive and shows its data and the portal counts that many circuits, a full blocking compacting
/// collection, then the live heap. Per circuit = (heap at the highest count − heap at the lowest) ÷ the difference.
/// </summary>
internal static class CircuitBench
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    public static async Task<List<(string What, string Figure)>> RunAsync(IReadOnlyList<int> counts, IReadOnlyCollection<string> only)
    {
        await using var portal = new KestrelBenchPortal(new Dictionary<string, string?> { ["Review:EscalationIntervalMinutes"] = "43200" });
        var baseUrl = portal.ServerAddress;
        var draft = await SeedAsync(portal);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });

        var targets = new (string Key, string What, string NationalCode, string Path, string Ready)[]
        {
            ("queue", "reviewer's queue (/office/14: 40 applications waiting, 25 shown)", DemoAccounts.All[2].NationalCode, "office/14", "#queue-table tbody tr"),
            ("section", "application section (/applications/{id}/cooperative, a complete draft)", DemoAccounts.All[0].NationalCode, $"applications/{draft}/cooperative", "#main .mud-grid"),
            ("statistics", "statistics (/statistics, Zanjan's head of office)", DemoAccounts.All[3].NationalCode, "statistics", "#stats-figures"),
            ("base", "the least a circuit holds (/notifications with none: a heading, a line, the page's island and its providers)", DemoAccounts.All[2].NationalCode, "notifications", "#notification-list"),
        };
        var rows = new List<(string What, string Figure)>();
        foreach (var target in targets.Where(t => only.Count == 0 || only.Contains(t.Key)))
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = baseUrl.ToString(),
                Locale = "fa-IR",
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            context.SetDefaultTimeout(120_000);
            var login = await context.NewPageAsync();
            await LoginAsync(login, target.NationalCode, DemoAccounts.Password);
            await login.CloseAsync();
            await WaitForCircuitsAsync(portal, 0);

            var open = new List<IPage>();
            var heaps = new List<(int Circuits, long Bytes)>();
            foreach (var count in counts)
            {
                while (open.Count < count)
                {
                    var page = await context.NewPageAsync();
                    await page.GotoAsync(target.Path);
                    await page.Locator("#render-state[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
                    await page.Locator(target.Ready).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
                    open.Add(page);
                }

                await WaitForCircuitsAsync(portal, count);
                heaps.Add((count, LiveHeap()));
            }

            // COOPPORTAL_BENCH_HOLD=seconds keeps the tabs open at the highest count, for a heap dump of this process
            // (dotnet-gcdump collect -p <pid>; bench/README.md says what the dumps showed).
            if (int.TryParse(Environment.GetEnvironmentVariable("COOPPORTAL_BENCH_HOLD"), out var hold) && hold > 0)
            {
                Console.WriteLine($"Holding {open.Count} circuits for {hold} s; process {Environment.ProcessId}.");
                await Task.Delay(TimeSpan.FromSeconds(hold));
            }

            foreach (var page in open)
            {
                await page.CloseAsync();
            }

            var (firstCount, firstBytes) = heaps[0];
            var (lastCount, lastBytes) = heaps[^1];
            rows.Add((target.What + ", live heap at " + string.Join(" / ", heaps.Select(h => h.Circuits.ToString(CultureInfo.InvariantCulture))) + " circuits",
                string.Join(" / ", heaps.Select(h => Mb(h.Bytes)))));
            rows.Add((target.What + ", live heap per circuit", string.Create(CultureInfo.InvariantCulture, $"{(lastBytes - firstBytes) / 1024.0 / (lastCount - firstCount):0} KB")));
            Console.WriteLine($"| {rows[^2].What} | {rows[^2].Figure} |"); // as it goes: a long run that fails later keeps these
            Console.WriteLine($"| {rows[^1].What} | {rows[^1].Figure} |");
            await WaitForCircuitsAsync(portal, 0);
        }

        return rows;
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");

    /// <summary>The live managed heap after a full, blocking, compacting collection (large objects compacted too).</summary>
    private static long LiveHeap()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task WaitForCircuitsAsync(KestrelBenchPortal portal, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (portal.Circuits.Open != count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{portal.Circuits.Open} circuits open, {count} expected.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Logs in through the form like the browser tests (the authenticator's code for staff).</summary>
    private static async Task LoginAsync(IPage page, string identifier, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("#Identifier").FillAsync(identifier);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        var secondStep = page.Locator("#TwoFactorCode");
        await secondStep.Or(page.Locator("#render-state")).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        if (await secondStep.CountAsync() > 0)
        {
            await secondStep.FillAsync(Totp.Code(TestAccounts.KeyOf(identifier)));
            await page.Locator("#two-factor-submit").ClickAsync();
        }

        await page.Locator("#render-state[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>40 submitted applications in Zanjan (the queue), and a complete draft of the demo citizen (the section).</summary>
    private static async Task<Guid> SeedAsync(KestrelBenchPortal portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var citizen = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(DemoAccounts.All[0].NationalCode))!;
        await CompleteApplications.SubmitAsync(portal.Services, citizen.Id, citizen.NationalCode, DemoAccounts.ZanjanProvinceId,
            Enumerable.Range(0, 40).Select(i => DateTime.UtcNow.AddDays(-i)));
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var countyId = await db.Counties.Where(c => c.ProvinceId == DemoAccounts.ZanjanProvinceId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var draft = CompleteApplications.Build(citizen.Id, citizen.NationalCode, DemoAccounts.ZanjanProvinceId, countyId, DateTime.UtcNow);
        db.FormationApplications.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }
}
