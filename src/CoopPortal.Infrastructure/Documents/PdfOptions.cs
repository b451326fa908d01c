namespace CoopPortal.Infrastructure.Documents;

/// <summary>The PDF engine's settings (section "Pdf").</summary>
public sealed class PdfOptions
{
    public const string SectionName = "Pdf";

    /// <summary>Chromium's executable; empty means the first of /usr/bin/chromium, /usr/bin/chromium-browser on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Documents printed at once: the size of the pool of reused browser pages. On 2 cores 1 is fastest (bench/README.md).</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>The most printing one document may take (loading and printing; not the wait for a free page).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The most a document may wait for a free page before it is refused with a Persian "try again" message.</summary>
    public int QueueTimeoutSeconds { get; set; } = 60;

    /// <summary>Launch the browser in the background once the portal has started, so the first document is fast.</summary>
    public bool WarmUpOnStart { get; set; } = true;
}
