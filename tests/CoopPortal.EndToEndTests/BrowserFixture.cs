using CoopPortal.Testing;
using Microsoft.Playwright;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// One portal (on Kestrel, loopback, free port) and one headless Chromium for the whole run; each test gets its own
/// browser context (cookies). Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH); Playwright never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    internal static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalFactory Portal { get; } = new(useKestrel: true);

    public Uri BaseUrl { get; private set; } = default!;

    public static string ScreenshotFolder { get; } = RepositoryPaths.Artifacts("screenshots");

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath();
        // Assertions wait as long as actions do: CI runs these beside the integration tests on two cores.
        Assertions.SetDefaultExpectTimeout(15_000);
        BaseUrl = Portal.ServerAddress;
        PageExtensions.ServerWarnings = () => Portal.Warnings.Lines.TakeLast(20).ToList();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Debian's Chromium, or CHROMIUM_PATH.</summary>
    internal static string ChromiumPath()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium was not found at {chromium}. Install it with `apt-get install chromium` (the test command does this when run as root) or set CHROMIUM_PATH.");
        }

        return chromium;
    }

    public Task<IPage> NewPageAsync() => OpenPageAsync(_browser!, BaseUrl, 15_000);

    /// <summary>What the Development SMS gateway sent (a person's phone, for the tests).</summary>
    internal CoopPortal.Infrastructure.Proofing.SmsOutbox Sms => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
        .GetRequiredService<CoopPortal.Infrastructure.Proofing.SmsOutbox>(Portal.Services);

    /// <summary>A new page of a newly registered citizen, signed in by the registration's SMS code and on their dashboard.</summary>
    internal async Task<(IPage Page, Citizen Citizen)> SignedInCitizenAsync()
    {
        var page = await NewPageAsync();
        var citizen = Citizen.Create();
        await page.RegisterAsync(citizen);
        await page.EnterRegistrationCodeAsync(citizen, Sms);
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
        return (page, citizen);
    }

    /// <summary>A new browser context (its own cookies) in Persian at desktop size, watched for CSP violations.</summary>
    internal static async Task<IPage> OpenPageAsync(IBrowser browser, Uri baseUrl, float timeout)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            Locale = "fa-IR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(timeout);
        await CspViolations.WatchAsync(context);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}
