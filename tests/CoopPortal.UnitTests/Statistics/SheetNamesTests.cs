using CoopPortal.Application.Common.Spreadsheets;

namespace CoopPortal.UnitTests.Statistics;

/// <summary>Excel's rules for sheet names: at most 31 characters, no [ ] : * ? / \, unique regardless of case.</summary>
public sealed class SheetNamesTests
{
    [Fact]
    public void Long_persian_titles_are_shortened_to_31_characters()
    {
        var names = SheetNames.Unique(["تعاونی‌های تشکیل‌شده در سال 1403 به تفکیک شهرستان"]);

        Assert.Equal("تعاونی‌های تشکیل‌شده در سال 140", names[0]);
        Assert.Equal(SheetNames.MaxLength, names[0].Length);
    }

    [Fact]
    public void Names_that_clash_after_shortening_are_numbered_and_stay_within_31()
    {
        var title = "خوداظهاری‌ها به تفکیک وضعیت و سطح ریسک";
        var names = SheetNames.Unique([title + " الف", title + " ب", "Table", "TABLE"]);

        Assert.Equal(4, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, SheetNames.MaxLength));
        Assert.EndsWith(" (2)", names[1], StringComparison.Ordinal);
        Assert.Equal("TABLE (2)", names[3]);
    }

    [Fact]
    public void Forbidden_characters_apostrophes_at_the_edges_and_blank_names_are_handled()
    {
        var names = SheetNames.Unique(["نسبت [الف/ب]: *؟?", "'نقل قول'", "   ", null, "History"]);

        Assert.Equal("نسبت الف ب ؟", names[0]);
        Assert.Equal("نقل قول", names[1]);
        Assert.Equal("جدول 3", names[2]);
        Assert.Equal("جدول 4", names[3]);
        Assert.Equal("History (2)", names[4]);
    }
}
