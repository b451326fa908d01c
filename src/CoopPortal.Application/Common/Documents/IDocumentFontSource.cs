namespace CoopPortal.Application.Common.Documents;

/// <summary>The fonts the document templates name (Vazirmatn); the PDF engine installs them privately for its browser.</summary>
public interface IDocumentFontSource
{
    IReadOnlyList<DocumentFont> Fonts { get; }
}
