namespace CoopPortal.Testing;

/// <summary>
/// The portal's one voice (issue 18 point 7): the forbidden variants of <c>docs/glossary.md</c>, read from its last
/// table, so the document stays the one list. Used by the source scan (unit tests) and by every end-to-end checkpoint
/// and journey PDF.
/// </summary>
public static class Glossary
{
    private static readonly Lazy<IReadOnlyList<(string Not, string But)>> LazyVariants = new(Read);

    /// <summary>Each forbidden variant and what to write instead.</summary>
    public static IReadOnlyList<(string Not, string But)> Variants => LazyVariants.Value;

    /// <summary>What in the text breaks the glossary, one line each («not» → «but»); empty when nothing does.</summary>
    public static IReadOnlyList<string> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Variants.Where(v => text.Contains(v.Not, StringComparison.Ordinal)).Select(v => $"«{v.Not}» (write «{v.But}»)")];
    }

    private static List<(string Not, string But)> Read()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "glossary.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Forbidden variants", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException("docs/glossary.md has no «## Forbidden variants» section.");
        }

        var rows = lines.Skip(start + 1)
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 2 && cells[0] != "not")
            .Select(cells => (cells[0], cells[1]))
            .ToList();
        return rows.Count > 0 ? rows : throw new InvalidOperationException("docs/glossary.md lists no forbidden variants.");
    }
}
