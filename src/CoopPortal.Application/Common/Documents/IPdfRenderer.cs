namespace CoopPortal.Application.Common.Documents;

/// <summary>
/// Prints a self-contained HTML document (fonts and images inline, page size and margins in its CSS) to PDF. The
/// engine is swappable: today headless Chromium in Infrastructure (docs/decisions/0007-pdf-engine.md).
/// </summary>
public interface IPdfRenderer
{
    /// <exception cref="PdfRenderingException">The engine could not produce the document in time.</exception>
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken);
}

/// <summary>The PDF engine failed or timed out; callers show a Persian message and keep what they had.</summary>
public sealed class PdfRenderingException : Exception
{
    public const string PersianMessage = "ساخت فایل PDF در این لحظه ممکن نشد. چند دقیقه دیگر دوباره تلاش کنید.";

    public PdfRenderingException()
        : base(PersianMessage)
    {
    }

    public PdfRenderingException(string message)
        : base(message)
    {
    }

    public PdfRenderingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
