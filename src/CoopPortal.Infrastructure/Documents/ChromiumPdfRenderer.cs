using System.Collections.Concurrent;
using System.Diagnostics;
using CoopPortal.Application.Common.Diagnostics;
using CoopPortal.Application.Common.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>
/// Prints HTML to PDF with Debian's headless Chromium driven by Playwright. One browser per process, launched on first
/// use (or warmed up in the background) and relaunched when it has died; a bounded pool of reused pages, since creating
/// a page costs far more than printing; a time limit per document. Pages run offline with JavaScript off: a document
/// carries its fonts and images inline and can reach nothing.
/// </summary>
public sealed partial class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable, IDisposable
{
    private static readonly string[] ChromiumCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private readonly PdfOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private readonly ConcurrentBag<PooledPage> _idle = [];
    private readonly List<DocumentFont> _fonts;
    private PrivateFonts? _privateFonts;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _generation;
    private bool _disposed;

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, IEnumerable<IDocumentFontSource> fontSources, ILogger<ChromiumPdfRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _fonts = (fontSources ?? []).SelectMany(source => source.Fonts).ToList();
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, _options.Concurrency));
    }

    /// <summary>How the engine starts Chromium: headless on a server with no network, GPU or sandbox.</summary>
    public static IReadOnlyList<string> HeadlessArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--font-render-hinting=none",
    ];

    /// <summary>A switch on the browser's command line naming this engine, so its process can be found (tests kill it).</summary>
    public string ProcessMarker { get; } = $"--coopportal-pdf-engine={Guid.NewGuid():N}";

    /// <summary>How many times a browser has been launched (1 after the first document, more after a crash).</summary>
    public int Launches => Volatile.Read(ref _generation);

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = Stopwatch.GetTimestamp();

        // Waiting for a free page and launching the browser have their own limits; the document's limit is for printing.
        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            waiting.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, _options.QueueTimeoutSeconds)));
            try
            {
                await _slots.WaitAsync(waiting.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PdfRenderingException("No PDF page became free in time.");
            }
        }

        try
        {
            // A second try covers a browser that died between documents or while printing this one.
            for (var attempt = 1; ; attempt++)
            {
                var page = await RentAsync(cancellationToken);
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, _options.TimeoutSeconds)));
                try
                {
                    await page.Page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = _options.TimeoutSeconds * 1000 })
                        .WaitAsync(deadline.Token);
                    var pdf = await page.Page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = "A4", Tagged = true, Outline = true })
                        .WaitAsync(deadline.Token);
                    _idle.Add(page);
                    PortalMetrics.PdfPrinted(Stopwatch.GetElapsedTime(started));
                    return pdf;
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // The page may still be busy with this document: close it without waiting (its renderer ends with it).
                    _ = DiscardAsync(page);
                    // A killed browser may still say it is connected for a moment; a closed target tells the truth.
                    var browserDied = _browser is null || !_browser.IsConnected || IsClosedTarget(ex);
                    if (attempt == 1 && browserDied)
                    {
                        LogBrowserDied(_logger, ex.Message);
                        if (_browser is { } stale && IsClosedTarget(ex))
                        {
                            await ForgetAsync(stale);
                        }

                        continue;
                    }

                    throw new PdfRenderingException(deadline.IsCancellationRequested ? "The document took longer than Pdf:TimeoutSeconds." : "Chromium could not print the document.", ex);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Launches the browser now (called in the background after start-up) so the first document is fast.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var page = await RentAsync(cancellationToken);
        _idle.Add(page);
    }

    private async Task<PooledPage> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var pooled))
        {
            if (pooled.Generation == Volatile.Read(ref _generation) && _browser is { IsConnected: true } && !pooled.Page.IsClosed)
            {
                return pooled;
            }

            await DiscardAsync(pooled);
        }

        for (var attempt = 1; ; attempt++)
        {
            var (browser, generation) = await BrowserAsync(cancellationToken);
            try
            {
                var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, JavaScriptEnabled = false });
                var page = await context.NewPageAsync();
                return new PooledPage(page, generation);
            }
            catch (PlaywrightException ex) when (attempt == 1)
            {
                // The browser died before its disconnection was noticed (it still says connected), or is otherwise unable
                // to open a page: launch a new one, once.
                LogBrowserDied(_logger, ex.Message);
                await ForgetAsync(browser);
            }
            catch (PlaywrightException ex)
            {
                throw new PdfRenderingException("Chromium could not open a page for printing.", ex);
            }
        }
    }

    /// <summary>Playwright's "target page, context or browser has been closed" (its exception type is not public).</summary>
    private static bool IsClosedTarget(Exception ex) => ex is PlaywrightException && ex.GetType().Name == "TargetClosedException";

    /// <summary>Drops a browser found dead, so the next <see cref="BrowserAsync"/> launches another.</summary>
    private async Task ForgetAsync(IBrowser dead)
    {
        await _launchLock.WaitAsync();
        try
        {
            if (ReferenceEquals(_browser, dead))
            {
                await SafeAsync(() => dead.CloseAsync());
                _browser = null;
            }
        }
        finally
        {
            _launchLock.Release();
        }
    }

    private async Task<(IBrowser Browser, int Generation)> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } current)
        {
            return (current, Volatile.Read(ref _generation));
        }

        await _launchLock.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } launched)
            {
                return (launched, Volatile.Read(ref _generation));
            }

            if (_browser is not null)
            {
                await SafeAsync(() => _browser.CloseAsync());
                _browser = null;
            }

            _playwright ??= await Playwright.CreateAsync();
            var executable = ResolveChromium(_options.ChromiumPath);
            var started = Stopwatch.GetTimestamp();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Env = FontEnvironment(),
                Headless = true,
                Timeout = 60_000,
                Args = [.. HeadlessArguments, ProcessMarker],
            });
            var generation = Interlocked.Increment(ref _generation);
            LogLaunched(_logger, executable, Stopwatch.GetElapsedTime(started).TotalMilliseconds, generation);
            return (_browser, generation);
        }
        catch (PlaywrightException ex)
        {
            throw new PdfRenderingException("Chromium could not be started for PDF printing.", ex);
        }
        finally
        {
            _launchLock.Release();
        }
    }

    /// <summary>The documents' fonts installed for this engine's browser, once; null when there are none.</summary>
    private Dictionary<string, string>? FontEnvironment()
    {
        if (_fonts.Count == 0)
        {
            return null;
        }

        _privateFonts ??= PrivateFonts.Install(_fonts);
        return _privateFonts.Environment();
    }

    public static string ResolveChromium(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new PdfRenderingException($"Pdf:ChromiumPath points to '{configured}', which does not exist.");
        }

        return ChromiumCandidates.FirstOrDefault(File.Exists)
            ?? throw new PdfRenderingException("Chromium is not installed; PDFs need it. Install it with: sudo apt-get install -y chromium");
    }

    private static async Task DiscardAsync(PooledPage pooled) => await SafeAsync(() => pooled.Page.Context.CloseAsync());

    private static async Task SafeAsync(Func<Task> action)
    {
        try
        {
            await action().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            // The browser is already gone; nothing to close.
        }
    }

    /// <summary>For hosts disposed synchronously: closes the browser all the same.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await SafeAsync(() => _browser.CloseAsync());
        }

        _playwright?.Dispose();
        _privateFonts?.Dispose();
        _slots.Dispose();
        _launchLock.Dispose();
    }

    private sealed record PooledPage(IPage Page, int Generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF engine: Chromium {Executable} launched in {Milliseconds:F0} ms (launch {Generation})")]
    private static partial void LogLaunched(ILogger logger, string executable, double milliseconds, int generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF engine: the browser died ({Reason}); relaunching and trying again")]
    private static partial void LogBrowserDied(ILogger logger, string reason);
}
