using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Architecture;

/// <summary>
/// Issue 18 point 7: the portal speaks with one voice (docs/glossary.md). The pages and PDFs of the journeys are
/// scanned at every end-to-end checkpoint; this scans what they are made from, so a variant fails before it is shown.
/// </summary>
public sealed class OneVoiceTests
{
    private static readonly string[] Scanned = [".razor", ".cs", ".js", ".json", ".css", ".html"];

    [Fact]
    public void The_glossary_flags_each_variant_and_names_the_word_to_use()
    {
        Assert.Contains(("کد پیگیری", "کد رهگیری"), Glossary.Variants);
        Assert.Contains(("جستجو", "جست‌وجو"), Glossary.Variants);
        Assert.Equal(["«کد پیگیری» (write «کد رهگیری»)"], Glossary.Check("این کد پیگیری را نگه دارید."));
        Assert.Empty(Glossary.Check("کد رهگیری درخواست شما K7TM-29QH است؛ برای جست‌وجو از آن استفاده کنید."));
    }

    [Fact]
    public void No_source_file_of_the_portal_writes_a_forbidden_variant()
    {
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var found = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => Scanned.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}.data{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Problems: Glossary.Check(line))))
            .Where(x => x.Problems.Count > 0)
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, x.File)}:{x.Line}: {string.Join(", ", x.Problems)}")
            .ToList();

        Assert.True(found.Count == 0, "Forbidden variants (docs/glossary.md):\n" + string.Join("\n", found));
    }
}
