namespace CoopPortal.Infrastructure.Documents;

/// <summary>The PDF engine's settings (section "Pdf").</summary>
public sealed class PdfOptions
{
    public const string SectionName = "Pdf";

    /// <summary>Chromium's executable; empty means the first of /usr/bin/chromium, /usr/bin/chromium-browser on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Documents printed at once: the size of the pool of reused browser pages. On 2 cores 1 is fastest (bench/README.md).</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>The most one document may take, waiting for a page included.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Launch the browser in the background once the portal has started, so the first document is fast.</summary>
    public bool WarmUpOnStart { get; set; } = true;
}
