namespace CoopPortal.Application.Common.Documents;

/// <summary>Whether a document is laid out for the PDF engine or for a screen (the portal's preview).</summary>
public enum DocumentMedia
{
    /// <summary>Fonts come from the engine (<see cref="IDocumentFontSource"/>): nothing to download or decode per document.</summary>
    Print,

    /// <summary>Fonts are linked from the portal's own /fonts.</summary>
    Screen,
}
