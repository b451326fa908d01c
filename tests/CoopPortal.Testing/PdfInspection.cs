using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace CoopPortal.Testing;

/// <summary>
/// Looks inside PDFs the portal printed: the text in reading order (PdfPig), page 1 as a PNG in artifacts/pdf
/// (pdftoppm) and the QR codes on it (zbarimg, an independent decoder).
/// </summary>
public static class PdfInspection
{
    /// <summary>
    /// The text of every page in logical (reading) order. PdfPig gives Persian glyphs in visual order as presentation
    /// forms: each line is read right to left, each Persian word is reversed back and then NFKC-normalized to letters.
    /// Zero-width non-joiners, which have no glyph, are not in the output.
    /// </summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom / 3)).OrderByDescending(g => g.Key))
            {
                text.AppendJoin(' ', line.OrderByDescending(w => w.BoundingBox.Right).Select(w => Logical(w.Text))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The raw glyph text as PdfPig reads it (visual order, presentation forms).</summary>
    public static string RawText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(p => p.Text));
    }

    /// <summary>What a screen reader gets from the file: a structure tree (tagged), the language, the title, an outline.</summary>
    public static PdfAccessibility Accessibility(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var marked = catalog.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("MarkInfo"), document.Structure.TokenScanner, out UglyToad.PdfPig.Tokens.DictionaryToken? markInfo)
            && markInfo.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Marked"), out var markedToken)
            && markedToken is UglyToad.PdfPig.Tokens.BooleanToken { Data: true };
        var tagged = marked && catalog.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot"));
        var language = catalog.TryGet(UglyToad.PdfPig.Tokens.NameToken.Create("Lang"), document.Structure.TokenScanner, out UglyToad.PdfPig.Tokens.StringToken? lang)
            ? lang.Data
            : null;
        return new PdfAccessibility(tagged, language, document.Information.Title, catalog.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("Outlines")));
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>Width and height of page 1 in PDF points, rounded.</summary>
    public static (int Width, int Height) FirstPageSizeInPoints(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        return ((int)Math.Round(page.Width), (int)Math.Round(page.Height));
    }

    /// <summary>Letters shaped into their joined forms: Arabic presentation forms (initial, medial, final) in the glyph text.</summary>
    public static bool HasJoinedLetters(byte[] pdf) =>
        RawText(pdf).Any(c => c is >= '\uFE70' and <= '\uFEFC');

    /// <summary>Writes page 1 as a PNG to artifacts/pdf/{name}.png (150 dpi) and returns its path.</summary>
    public static string FirstPageToPng(byte[] pdf, string name)
    {
        var folder = RepositoryPaths.Artifacts("pdf");
        var pdfPath = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(pdfPath, pdf);
        Run("pdftoppm", $"-png -r 150 -f 1 -l 1 -singlefile \"{pdfPath}\" \"{Path.Combine(folder, name)}\"");
        return Path.Combine(folder, name + ".png");
    }

    /// <summary>The QR codes zbarimg finds in an image.</summary>
    public static IReadOnlyList<string> QrCodes(string pngPath) =>
        Run("zbarimg", $"--quiet --raw \"{pngPath}\"").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Logical(string word)
    {
        var hasPersian = word.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
        var hasLetters = word.Any(c => char.IsLetter(c));
        var ordered = hasPersian && hasLetters ? new string(word.Reverse().ToArray()) : word;
        return ordered.Normalize(NormalizationForm.FormKC);
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{file} {arguments} exited with {process.ExitCode}: {error}"));
        }

        return output;
    }
}

/// <summary>What <see cref="PdfInspection.Accessibility"/> found.</summary>
public sealed record PdfAccessibility(bool Tagged, string? Language, string? Title, bool HasOutline);
