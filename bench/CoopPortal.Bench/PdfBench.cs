using System.Diagnostics;
using System.Globalization;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Documents;
using CoopPortal.Domain.Certificates;
using CoopPortal.Infrastructure.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace CoopPortal.Bench;

/// <summary>
/// The certificate PDF: cold start, warm latency and documents per second at concurrency 1, 2 and 4 through the
/// portal's engine (template + pooled Chromium pages), beside bare Chromium printing the same HTML on reused pages.
/// </summary>
internal static class PdfBench
{
    public static async Task<List<(string What, string Figure)>> RunAsync(int iterations)
    {
        var rows = new List<(string, string)>();
        void Row(string what, string figure)
        {
            rows.Add((what, figure));
            Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {what}: {figure}");
        }

        await using var provider = new ServiceCollection().AddLogging().BuildServiceProvider();
        var templates = new RazorDocumentTemplates(provider.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);
        var document = SampleCertificate();

        // Cold: a fresh engine, the first document (browser launch, first page, template, print).
        var watch = Stopwatch.StartNew();
        var cold = new ChromiumPdfRenderer(Options.Create(new PdfOptions { Concurrency = 1 }), [new EmbeddedDocumentFonts()], NullLogger<ChromiumPdfRenderer>.Instance);
        var printer = new DocumentPrinter(templates, cold);
        var firstPdf = await printer.PrintAsync(document, default);
        Row("certificate PDF, cold (browser launch + first page + print)", Ms(watch.Elapsed) + $", {firstPdf.Length / 1024} KiB");

        // Warm latency, one at a time, template included.
        Row("certificate PDF, warm, template + print (p50 / p95)", await Bench.MeasureAsync(iterations, async () => await printer.PrintAsync(document, default)));
        var html = await templates.RenderHtmlAsync(document, DocumentMedia.Print, default);
        Row("certificate HTML from the Razor template alone (p50 / p95)", await Bench.MeasureAsync(iterations, async () => await templates.RenderHtmlAsync(document, DocumentMedia.Print, default)));
        await cold.DisposeAsync();

        foreach (var concurrency in new[] { 1, 2, 4 })
        {
            await using var engine = new ChromiumPdfRenderer(Options.Create(new PdfOptions { Concurrency = concurrency }), [new EmbeddedDocumentFonts()], NullLogger<ChromiumPdfRenderer>.Instance);
            var enginePrinter = new DocumentPrinter(templates, engine);
            var rate = await ThroughputAsync(concurrency, iterations, _ => enginePrinter.PrintAsync(document, default));
            Row($"certificate PDFs per second, portal engine, concurrency {concurrency}", rate);
        }

        // Bare Chromium: the same HTML, same switches, pages created up front and reused, no template, no pool logic.
        using var fonts = PrivateFonts.Install(new EmbeddedDocumentFonts().Fonts);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPdfRenderer.ResolveChromium(null),
            Headless = true,
            Env = fonts.Environment(),
            Args = [.. ChromiumPdfRenderer.HeadlessArguments],
        });
        var pages = new List<IPage>();
        for (var i = 0; i < 4; i++)
        {
            pages.Add(await browser.NewPageAsync());
        }

        async Task<byte[]> Bare(IPage page)
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = "A4" });
        }

        Row("bare Chromium, same HTML on a reused page (p50 / p95)", await Bench.MeasureAsync(iterations, async () => await Bare(pages[0])));
        foreach (var concurrency in new[] { 1, 2, 4 })
        {
            var rate = await ThroughputAsync(concurrency, iterations, worker => Bare(pages[worker])); // one page per worker
            Row($"bare Chromium PDFs per second, concurrency {concurrency}", rate);
        }

        return rows;
    }

    /// <summary>Documents per second with <paramref name="concurrency"/> workers sharing <paramref name="count"/> documents.</summary>
    private static async Task<string> ThroughputAsync(int concurrency, int count, Func<int, Task<byte[]>> print)
    {
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => print(worker))); // warm every page
        var remaining = count;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await print(worker);
            }
        }));
        return string.Create(CultureInfo.InvariantCulture, $"{count / watch.Elapsed.TotalSeconds:0.0} docs/s (n={count})");
    }

    private static CertificateDocument SampleCertificate() => new(
        "1405/14/00012",
        new DateTime(2026, 11, 23, 8, 30, 0, DateTimeKind.Utc),
        new CertificateContent(
            "تعاونی مصرف کارکنان آموزش و پرورش خدابنده", "توزیعی", "تأمین نیاز مصرف‌کنندگان", "خاص", "زنجان", "خدابنده",
            [new("مریم احمدی", "0010000003"), new("علی رضایی", "0020000006"), new("زهرا کریمی", "0030000009")],
            12, 1_200_000_000, "اداره کل تعاون، کار و رفاه اجتماعی استان زنجان", "K7TM-29QH", "حسین محمدی"),
        new PortalOptions().VerificationUrl(VerificationCode.New()));

    private static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");
}
