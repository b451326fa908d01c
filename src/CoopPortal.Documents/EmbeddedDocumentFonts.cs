using CoopPortal.Application.Common.Documents;

namespace CoopPortal.Documents;

/// <summary>
/// Vazirmatn for the documents, embedded in this assembly: "Vazirmatn FD" (Persian digits) for the text and "Vazirmatn"
/// (Latin digits) for codes and addresses written left to right. The PDF engine installs them for its browser, so a
/// document carries no font data and prints without downloading or decoding anything.
/// </summary>
public sealed class EmbeddedDocumentFonts : IDocumentFontSource
{
    private static readonly string[] Files = ["Vazirmatn-FD-Regular.ttf", "Vazirmatn-FD-Bold.ttf", "Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"];

    private static readonly Lazy<List<DocumentFont>> Loaded = new(Load);

    public IReadOnlyList<DocumentFont> Fonts => Loaded.Value;

    private static List<DocumentFont> Load() => Files.Select(file =>
    {
        using var stream = typeof(EmbeddedDocumentFonts).Assembly.GetManifestResourceStream($"CoopPortal.Documents.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in CoopPortal.Documents.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return new DocumentFont(file, memory.ToArray());
    }).ToList();
}
