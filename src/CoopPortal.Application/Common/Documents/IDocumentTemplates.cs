namespace CoopPortal.Application.Common.Documents;

/// <summary>Lays out a document as a self-contained HTML page (fonts and images inline).</summary>
public interface IDocumentTemplates
{
    Task<string> RenderHtmlAsync(DocumentModel document, DocumentMedia media, CancellationToken cancellationToken);
}
