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
