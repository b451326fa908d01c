using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Domain;

public sealed class PersianDigitsTests
{
    private const string Ascii = "0123456789";
    private const string Persian = "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9"; // ۰۱۲۳۴۵۶۷۸۹
    private const string ArabicIndic = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"; // ٠١٢٣٤٥٦٧٨٩

    [Theory]
    [InlineData(Persian)]
    [InlineData(ArabicIndic)]
    [InlineData(Ascii)]
    public void ToAscii_converts_every_digit_script(string input)
    {
        Assert.Equal(Ascii, PersianDigits.ToAscii(input));
    }

    [Theory]
    [InlineData(Ascii)]
    [InlineData(ArabicIndic)]
    [InlineData(Persian)]
    public void ToPersian_converts_every_digit_script(string input)
    {
        Assert.Equal(Persian, PersianDigits.ToPersian(input));
    }

    [Theory]
    [InlineData("0076229645")]
    [InlineData("1405/09/02")]
    [InlineData("Room 12, floor 3")]
    public void Ascii_round_trips_through_persian(string ascii)
    {
        var persian = PersianDigits.ToPersian(ascii);

        Assert.DoesNotContain(persian, c => c is >= '0' and <= '9');
        Assert.Equal(ascii, PersianDigits.ToAscii(persian));
    }

    [Fact]
    public void Other_characters_are_left_untouched()
    {
        // "تعاونی شماره ۱۲ - Unit 7b, ٣ نفر"
        const string mixed = "تعاونی شماره \u06F1\u06F2 - Unit 7b, \u0663 نفر\u200Cها";

        Assert.Equal("تعاونی شماره 12 - Unit 7b, 3 نفر\u200Cها", PersianDigits.ToAscii(mixed));
        Assert.Equal("تعاونی شماره \u06F1\u06F2 - Unit \u06F7b, \u06F3 نفر\u200Cها", PersianDigits.ToPersian(mixed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_becomes_empty(string? input)
    {
        Assert.Equal(string.Empty, PersianDigits.ToAscii(input));
        Assert.Equal(string.Empty, PersianDigits.ToPersian(input));
    }

    [Theory]
    [InlineData("12-34 56", "123456")]
    [InlineData("\u06F1\u06F2.\u06F3\u06F4/\u0665\u0666", "123456")]
    [InlineData("  007 622 964 5 ", "0076229645")]
    [InlineData("12\u200C34\u00A056", "123456")] // ZWNJ and no-break space are separators
    [InlineData("", "")]
    public void DigitsOnly_drops_separators_and_returns_ascii(string input, string expected)
    {
        Assert.Equal(expected, PersianDigits.DigitsOnly(input));
    }

    [Theory]
    [InlineData("12a34")]
    [InlineData("abc")]
    [InlineData("۱۲ب۳")]
    [InlineData("12_34")]
    [InlineData("12,34")]
    [InlineData("+989121234567")]
    public void DigitsOnly_returns_null_when_anything_else_is_present(string input)
    {
        Assert.Null(PersianDigits.DigitsOnly(input));
    }
}
