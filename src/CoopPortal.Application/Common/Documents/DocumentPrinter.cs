namespace CoopPortal.Application.Common.Documents;

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
