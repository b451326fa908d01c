namespace CoopPortal.Application.Common.Documents;

/// <summary>
/// What a printed document says, independent of how it is laid out. Each kind of document is a record deriving from
/// this; the templates (Razor components in CoopPortal.Documents) turn it into HTML.
/// </summary>
/// <param name="Title">The document's title, also the PDF's title.</param>
public abstract record DocumentModel(string Title);

/// <summary>Lays out a document as a self-contained HTML page (fonts and images inline).</summary>
public interface IDocumentTemplates
{
    Task<string> RenderHtmlAsync(DocumentModel document, DocumentMedia media, CancellationToken cancellationToken);
}

/// <summary>Lays out a document and prints it to PDF.</summary>
public sealed class DocumentPrinter(IDocumentTemplates templates, IPdfRenderer renderer)
{
    public async Task<byte[]> PrintAsync(DocumentModel document, CancellationToken cancellationToken)
    {
        var html = await templates.RenderHtmlAsync(document, DocumentMedia.Print, cancellationToken);
        return await renderer.RenderAsync(html, cancellationToken);
    }

    /// <summary>The same document as a web page (the portal's preview).</summary>
    public Task<string> HtmlAsync(DocumentModel document, CancellationToken cancellationToken) =>
        templates.RenderHtmlAsync(document, DocumentMedia.Screen, cancellationToken);

    /// <summary>
    /// A use case's document as PDF: not found when the caller may not have it (null), a Persian "try again later"
    /// when the engine cannot print now, never an error page.
    /// </summary>
    public async Task<Results.Result<byte[]>> PdfResultAsync(DocumentModel? document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return Results.Result<byte[]>.NotFound();
        }

        try
        {
            return Results.Result<byte[]>.Success(await PrintAsync(document, cancellationToken));
        }
        catch (PdfRenderingException)
        {
            return Results.Result<byte[]>.Conflict(PdfRenderingException.PersianMessage);
        }
    }

    /// <summary>A use case's document as the portal's preview; not found when the caller may not have it (null).</summary>
    public async Task<Results.Result<string>> HtmlResultAsync(DocumentModel? document, CancellationToken cancellationToken) =>
        document is null ? Results.Result<string>.NotFound() : Results.Result<string>.Success(await HtmlAsync(document, cancellationToken));
}

/// <summary>Whether a document is laid out for the PDF engine or for a screen (the portal's preview).</summary>
public enum DocumentMedia
{
    /// <summary>Fonts come from the engine (<see cref="IDocumentFontSource"/>): nothing to download or decode per document.</summary>
    Print,

    /// <summary>Fonts are linked from the portal's own /fonts.</summary>
    Screen,
}

/// <summary>A font file the documents use, given to the PDF engine as a local font.</summary>
public sealed record DocumentFont(string FileName, byte[] Content);

/// <summary>The fonts the document templates name (Vazirmatn); the PDF engine installs them privately for its browser.</summary>
public interface IDocumentFontSource
{
    IReadOnlyList<DocumentFont> Fonts { get; }
}
