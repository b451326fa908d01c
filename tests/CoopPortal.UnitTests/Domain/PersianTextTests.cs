using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Domain;

public sealed class PersianTextTests
{
    private const char ArabicYeh = '\u064A';         // ي
    private const char ArabicKaf = '\u0643';         // ك
    private const char AlefMaksura = '\u0649';       // ى
    private const char PersianYeh = '\u06CC';        // ی
    private const char PersianKeheh = '\u06A9';      // ک
    private const char Zwnj = '\u200C';

    [Theory]
    [InlineData("\u064A", "\u06CC")]
    [InlineData("\u0649", "\u06CC")]
    [InlineData("\u0643", "\u06A9")]
    [InlineData("\u0634\u0631\u0643\u062A \u062A\u0639\u0627\u0648\u0646\u064A", "\u0634\u0631\u06A9\u062A \u062A\u0639\u0627\u0648\u0646\u06CC")] // شركت تعاوني -> شرکت تعاونی
    [InlineData("\u0645\u0648\u0633\u0649", "\u0645\u0648\u0633\u06CC")] // موسى -> موسی
    public void Arabic_yeh_kaf_and_alef_maksura_become_persian(string input, string expected)
    {
        var normalized = PersianText.Normalize(input);

        Assert.Equal(expected, normalized);
        Assert.DoesNotContain(ArabicYeh, normalized);
        Assert.DoesNotContain(ArabicKaf, normalized);
        Assert.DoesNotContain(AlefMaksura, normalized);
    }

    [Fact]
    public void Persian_letters_are_left_as_they_are()
    {
        const string text = "شرکت تعاونی مصرف کارکنان";

        Assert.Equal(text, PersianText.Normalize(text));
        Assert.Contains(PersianYeh, PersianText.Normalize(text));
        Assert.Contains(PersianKeheh, PersianText.Normalize(text));
    }

    [Theory]
    [InlineData("مسئول")] // yeh with hamza (U+0626) is a different letter
    [InlineData("ة")] // teh marbuta
    [InlineData("أحمد")] // alef with hamza
    [InlineData("Coop 12")]
    public void Other_letters_are_not_rewritten(string text)
    {
        Assert.Equal(text, PersianText.Normalize(text));
    }

    [Theory]
    [InlineData("  شرکت   تعاونی  ", "شرکت تعاونی")]
    [InlineData("شرکت\tتعاونی\n\nمسکن", "شرکت تعاونی مسکن")]
    [InlineData("\u00A0شرکت\u00A0\u00A0تعاونی\u00A0", "شرکت تعاونی")]
    [InlineData("a  b   c", "a b c")]
    public void White_space_is_trimmed_and_collapsed(string input, string expected)
    {
        Assert.Equal(expected, PersianText.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Blank_becomes_empty(string? input)
    {
        Assert.Equal(string.Empty, PersianText.Normalize(input));
    }

    [Fact]
    public void Zero_width_non_joiner_is_kept_in_stored_text()
    {
        const string text = "می\u200Cخواهم نامه\u200Cها";

        var normalized = PersianText.Normalize(text);

        Assert.Equal(text, normalized);
        Assert.Equal(2, normalized.Count(c => c == Zwnj));
    }

    [Fact]
    public void Arabic_indic_digits_are_stored_as_persian_digits()
    {
        Assert.Equal("تعاونی \u06F1\u06F2", PersianText.Normalize("تعاونی \u0661\u0662"));
    }

    [Theory]
    [InlineData("شرکت تعاونی", "\u0634\u0631\u0643\u062A \u062A\u0639\u0627\u0648\u0646\u064A")] // vs شركت تعاوني
    [InlineData("تعاونی فرش\u200Cبافان", "تعاونی فرش بافان")] // ZWNJ vs space
    [InlineData("تعاونی فرش\u200Cبافان", "تعاونی فرشبافان")] // ZWNJ vs nothing
    [InlineData("تعاونی  مسکن", " تعاونی مسکن ")] // spacing
    [InlineData("تعاونی شماره \u06F1\u06F2", "تعاونی شماره 12")] // Persian vs ASCII digits
    [InlineData("تعاونی شماره \u0661\u0662", "تعاونی شماره 12")] // Arabic-Indic vs ASCII digits
    [InlineData("تعاونی شماره \u06F1\u06F2", "تعاونی شماره \u0661\u0662")]
    [InlineData("تعاونـــی", "تعاونی")] // tatweel
    [InlineData("Coop ALPHA", "coop alpha")]
    public void Comparison_keys_match_for_the_same_name_written_differently(string a, string b)
    {
        Assert.Equal(PersianText.ComparisonKey(a), PersianText.ComparisonKey(b));
        Assert.NotEqual(string.Empty, PersianText.ComparisonKey(a));
    }

    [Theory]
    [InlineData("شرکت تعاونی مسکن", "شرکت تعاونی مصرف")]
    [InlineData("تعاونی شماره ۱۲", "تعاونی شماره ۱۳")]
    [InlineData("تعاونی کار", "تعاونی گار")]
    [InlineData("تعاونی زنان", "تعاونی مرزنشینان")]
    public void Comparison_keys_differ_for_different_names(string a, string b)
    {
        Assert.NotEqual(PersianText.ComparisonKey(a), PersianText.ComparisonKey(b));
    }

    [Fact]
    public void Comparison_key_has_no_zwnj_spaces_or_non_ascii_digits()
    {
        var key = PersianText.ComparisonKey(" شرکت\u200Cهای  تعاونی ۱۲\u0663 ");

        Assert.DoesNotContain(Zwnj, key);
        Assert.DoesNotContain(' ', key);
        Assert.EndsWith("123", key, StringComparison.Ordinal);
    }
}
