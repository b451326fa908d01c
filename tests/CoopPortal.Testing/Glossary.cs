using System.Text.RegularExpressions;

namespace CoopPortal.Testing;

/// <summary>
/// The portal's one voice (issue 18 point 7): the forbidden variants and the forbidden patterns of <c>docs/glossary.md</c>,
/// read from its last two tables, so the document stays the one list. Used by the source scan (unit tests) and by every
/// end-to-end checkpoint and journey PDF.
/// </summary>
public static class Glossary
{
    private static readonly Lazy<IReadOnlyList<(string Not, string But)>> LazyVariants = new(() => Read("## Forbidden variants"));

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string What)>> LazyPatterns = new(() =>
        [.. Read("## Forbidden patterns").Select(row => (new Regex(row.Left.Trim('`'), RegexOptions.CultureInvariant), row.Right))]);

    /// <summary>Each forbidden variant and what to write instead.</summary>
    public static IReadOnlyList<(string Not, string But)> Variants => LazyVariants.Value;

    /// <summary>Each forbidden pattern (a code written with Persian digits) and what it is.</summary>
    public static IReadOnlyList<(Regex Pattern, string What)> Patterns => LazyPatterns.Value;

    /// <summary>What in the text breaks the glossary, one line each («not» → «but»); empty when nothing does.</summary>
    public static IReadOnlyList<string> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            .. Variants.Where(v => text.Contains(v.Not, StringComparison.Ordinal)).Select(v => $"«{v.Not}» (write «{v.But}»)"),
            .. Patterns.SelectMany(p => p.Pattern.Matches(text).Select(m => $"«{m.Value}» ({p.What})")).Distinct(),
        ];
    }

    /// <summary>The two-column rows of a section's table (its header row left out).</summary>
    private static List<(string Left, string Right)> Read(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "glossary.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"docs/glossary.md has no «{heading}» section.");
        }

        var rows = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 2)
            .Skip(1) // the header
            .Select(cells => (cells[0], cells[1]))
            .ToList();
        return rows.Count > 0 ? rows : throw new InvalidOperationException($"docs/glossary.md lists nothing under «{heading}».");
    }
}
