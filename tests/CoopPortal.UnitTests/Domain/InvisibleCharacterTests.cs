using System.Text;
using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Domain;

/// <summary>
/// The corpus of invisible characters <see cref="PersianText.Normalize"/> removes before anything is stored, and what it
/// keeps (the zero-width non-joiner Persian needs, white space, letters and digits of every script the portal takes).
/// </summary>
public sealed class InvisibleCharacterTests
{
    public static TheoryData<string, string> Removed => new()
    {
        { "\u202A", "LEFT-TO-RIGHT EMBEDDING" },
        { "\u202B", "RIGHT-TO-LEFT EMBEDDING" },
        { "\u202C", "POP DIRECTIONAL FORMATTING" },
        { "\u202D", "LEFT-TO-RIGHT OVERRIDE" },
        { "\u202E", "RIGHT-TO-LEFT OVERRIDE" },
        { "\u2066", "LEFT-TO-RIGHT ISOLATE" },
        { "\u2067", "RIGHT-TO-LEFT ISOLATE" },
        { "\u2068", "FIRST STRONG ISOLATE" },
        { "\u2069", "POP DIRECTIONAL ISOLATE" },
        { "\u200E", "LEFT-TO-RIGHT MARK" },
        { "\u200F", "RIGHT-TO-LEFT MARK" },
        { "\u061C", "ARABIC LETTER MARK" },
        { "\u200B", "ZERO WIDTH SPACE" },
        { "\u200D", "ZERO WIDTH JOINER" },
        { "\u2060", "WORD JOINER" },
        { "\uFEFF", "BYTE ORDER MARK" },
        { "\u00AD", "SOFT HYPHEN" },
        { "\u0000", "NULL (PostgreSQL refuses it in text)" },
        { "\u0007", "BELL" },
        { "\u001B", "ESCAPE" },
        { "\u007F", "DELETE" },
        { "\U000E0041", "TAG LATIN CAPITAL LETTER A" },
    };

    [Theory]
    [MemberData(nameof(Removed))]
    public void Invisible_characters_are_removed_from_names_and_text(string invisible, string what)
    {
        var stored = PersianText.Normalize($"علی{invisible}رضایی");

        Assert.True(stored == "علیرضایی", $"{what} was kept: {string.Join(' ', stored.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public void A_name_with_a_right_to_left_override_reads_as_typed_once_stored()
    {
        Assert.Equal("invoicefdp.exe", PersianText.Normalize("invoice\u202Efdp.exe"));
        Assert.Equal("حسین محمدی", PersianText.Normalize("\u202Bحسین\u202C \u2067محمدی\u2069"));
    }

    [Fact]
    public void The_zero_width_non_joiner_stays()
    {
        const string text = "می\u200Cخواهم خانه\u200Cها";

        Assert.Equal(text, PersianText.Normalize(text));
        Assert.Equal(text, PersianText.StripInvisible(text));
    }

    [Theory]
    [InlineData("شرکت تعاونی ۱۲۳ ABC")]
    [InlineData("Zanjan, خیابان امام - پلاک 12/3")]
    [InlineData("😀 نماد")]
    public void Visible_text_is_kept(string text)
    {
        Assert.Equal(text, PersianText.Normalize(text));
    }

    [Fact]
    public void Unpaired_surrogates_are_removed()
    {
        // Built here, not in theory data: the test runner's serialization replaces a lone surrogate with U+FFFD.
        var high = "علی" + (char)0xD800 + "رضایی";
        var low = "علی" + (char)0xDC00 + "رضایی";

        Assert.Equal("علیرضایی", PersianText.Normalize(high));
        Assert.Equal("علیرضایی", PersianText.Normalize(low));
    }

    [Fact]
    public void Line_breaks_and_tabs_are_white_space_not_removed()
    {
        Assert.Equal("الف ب ج د", PersianText.Normalize("الف\nب\tج\u0085د"));
    }

    [Fact]
    public void Every_format_character_but_the_non_joiner_is_invisible()
    {
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            if (value is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var rune = new Rune(value);
            if (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                Assert.Equal(value != 0x200C, PersianText.IsInvisible(rune));
            }
        }
    }
}
