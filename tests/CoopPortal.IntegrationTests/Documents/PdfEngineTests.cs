using System.Diagnostics;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Documents;
using CoopPortal.Infrastructure.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Documents;

/// <summary>The Chromium engine on its own: Persian text and page numbers, recovery from a killed browser, the time limit.</summary>
public sealed class PdfEngineTests
{
    private static ChromiumPdfRenderer Engine() => new(
        Options.Create(new PdfOptions { Concurrency = 1, TimeoutSeconds = 30 }), [new EmbeddedDocumentFonts()], NullLogger<ChromiumPdfRenderer>.Instance);

    private static string Page(string body) =>
        "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\"><style>@page{size:A4;margin:15mm;@bottom-left{content:'صفحه ' counter(page, persian) ' از ' counter(pages, persian);font-family:'Vazirmatn FD';}}"
        + "body{font-family:'Vazirmatn FD';}</style></head><body>" + body + "</body></html>";

    [Fact]
    public async Task Documents_are_tagged_with_their_language_and_title_and_have_an_outline_from_their_headings()
    {
        await using var engine = Engine();
        var html = Page("<h1>موافقت‌نامه تشکیل تعاونی</h1><p>متن</p><h2>اعضا</h2><p>فهرست</p>")
            .Replace("<head>", "<head><title>موافقت‌نامه تشکیل تعاونی</title>", StringComparison.Ordinal);

        var pdf = await engine.RenderAsync(html, default);

        var found = PdfInspection.Accessibility(pdf);
        Assert.True(found.Tagged, "The PDF has no structure tree (untagged).");
        Assert.Equal("fa", found.Language);
        Assert.Equal("موافقت‌نامه تشکیل تعاونی", found.Title);
        Assert.True(found.HasOutline, "The PDF has no outline (bookmarks) from its headings.");
    }

    [Fact]
    public async Task A_browser_killed_between_two_documents_is_relaunched_and_the_second_document_is_still_printed()
    {
        await using var engine = Engine();
        var first = await engine.RenderAsync(Page("<p>سند نخست</p>"), default);
        Assert.Contains("سند نخست", PdfInspection.Text(first), StringComparison.Ordinal);
        Assert.Equal(1, engine.Launches);

        var killed = KillBrowser(engine.ProcessMarker);
        Assert.True(killed > 0, "No browser process of this engine was found to kill.");

        var second = await engine.RenderAsync(Page("<p>سند دوم</p>"), default);
        Assert.Contains("سند دوم", PdfInspection.Text(second), StringComparison.Ordinal);
        Assert.Equal(2, engine.Launches);
    }

    [Fact]
    public async Task Long_documents_number_their_pages_in_persian_and_keep_words_in_order()
    {
        await using var engine = Engine();
        var paragraphs = string.Concat(Enumerable.Range(1, 120).Select(i => $"<p>بند شماره {i}: اعضای تعاونی سهم خود را پرداخت کردند.</p>"));
        var pdf = await engine.RenderAsync(Page(paragraphs), default);
        var pages = PdfInspection.PageCount(pdf);
        Assert.Equal((595, 842), PdfInspection.FirstPageSizeInPoints(pdf)); // A4
        Assert.True(pages >= 2);
        var text = PdfInspection.Text(pdf);
        Assert.Contains($"صفحه ۱ از {Application.Common.Formatting.PersianFormat.Number(pages)}", text, StringComparison.Ordinal);
        Assert.Contains("اعضای تعاونی سهم خود را پرداخت کردند", text, StringComparison.Ordinal);
        Assert.True(PdfInspection.HasJoinedLetters(pdf));
    }

    [Fact]
    public async Task A_document_that_cannot_finish_in_time_fails_with_a_rendering_error_not_a_hang()
    {
        var options = new PdfOptions { Concurrency = 1, TimeoutSeconds = 30 };
        await using var engine = new ChromiumPdfRenderer(Options.Create(options), [new EmbeddedDocumentFonts()], NullLogger<ChromiumPdfRenderer>.Instance);
        await engine.RenderAsync(Page("<p>گرم کردن</p>"), default); // launch outside the limit being tested

        options.TimeoutSeconds = 1; // the engine reads its limit for each document
        var huge = Page(string.Concat(Enumerable.Repeat("<table><tr><td>خانه جدول</td><td>خانه دیگر</td></tr></table>", 20_000)));
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<PdfRenderingException>(() => engine.RenderAsync(huge, default));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"Took {watch.Elapsed}.");

        // The page that timed out is not reused: the next document prints normally (with a normal limit, since this
        // machine may be busy with the abandoned one for a moment).
        options.TimeoutSeconds = 30;
        var after = await engine.RenderAsync(Page("<p>پس از خطا</p>"), default);
        Assert.Contains("پس از خطا", PdfInspection.Text(after), StringComparison.Ordinal);
        Assert.Equal(1, engine.Launches);
    }

    [Fact]
    public async Task A_document_cannot_reach_the_network()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        await using var engine = Engine();
        var pdf = await engine.RenderAsync(Page($"<p>بدون شبکه</p><img src=\"http://127.0.0.1:{port}/tracker.png\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/x.css\">"), default);
        Assert.Contains("بدون شبکه", PdfInspection.Text(pdf), StringComparison.Ordinal);
        Assert.False(listener.Pending(), "The document opened a connection.");
    }

    /// <summary>Kills (SIGKILL) the browser process whose command line carries the engine's marker; returns how many.</summary>
    private static int KillBrowser(string marker)
    {
        var killed = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (commandLine.Contains(marker, StringComparison.Ordinal) && !commandLine.Contains("--type=", StringComparison.Ordinal))
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(5000);
                killed++;
            }
        }

        return killed;
    }
}
