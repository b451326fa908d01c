using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Architecture;

/// <summary>
/// Issue 18 point 7: the portal speaks with one voice (docs/glossary.md): its words, and codes in Latin digits. The
/// pages and PDFs of the journeys are scanned at every end-to-end checkpoint; this scans what they are made from, so a
/// variant fails before it is shown.
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

    [Theory]
    [InlineData("قاعده R۰۹ برقرار است.", "«R۰۹»")] // a rule's id with Persian digits (the manager's risk panel, before)
    [InlineData("کد رهگیری: K۷TM-۲۹QH", "«K۷TM-۲۹QH»")]
    [InlineData("شماره: ۱۴۰۵/۱۴/۰۰۰۰۱", "«۱۴۰۵/۱۴/۰۰۰۰۱»")]
    [InlineData("شماره ثبت ۱۴۰۵-۱۴-۰۰۰۰۱ صادر شد.", "«۱۴۰۵-۱۴-۰۰۰۰۱»")]
    public void The_glossary_flags_a_code_written_with_persian_digits(string text, string flagged)
    {
        var problem = Assert.Single(Glossary.Check(text));
        Assert.StartsWith(flagged, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قاعده R09 برقرار است؛ امتیاز ۲۰.")]
    [InlineData("کد رهگیری: K7TM-29QH، تاریخ ارسال ۱۴۰۵/۰۹/۰۲ ۱۴:۰۵")]
    [InlineData("شماره: 1405/14/00001، سرمایه ۱٬۲۵۰٬۰۰۰ ریال، سهم ۱۲٫۵ درصد")]
    [InlineData("کد ملی ۰۰۷۶۲۲۹۶۴۵، فایل PDF، حداکثر ۵ مگابایت")]
    public void The_glossary_lets_codes_in_latin_digits_and_quantities_in_persian_digits_pass(string text)
    {
        Assert.Empty(Glossary.Check(text));
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
