using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.UnitTests.Domain;

public sealed class PostalCodeTests
{
    [Theory]
    [InlineData("1234567890")]
    [InlineData("12345-67890")]
    [InlineData("12345 67890")]
    [InlineData(" 12345-67890 ")]
    [InlineData("\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9\u06F0")] // ۱۲۳۴۵۶۷۸۹۰
    [InlineData("\u06F1\u06F2\u06F3\u06F4\u06F5-\u06F6\u06F7\u06F8\u06F9\u06F0")] // ۱۲۳۴۵-۶۷۸۹۰
    [InlineData("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660")] // Arabic-Indic
    public void Ten_digits_are_accepted_in_any_script_and_layout(string input)
    {
        var result = PostalCode.Parse(input);

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Equal("1234567890", result.Value!.Value.Value);
        Assert.Equal("12345-67890", result.Value!.Value.Formatted);
    }

    [Theory]
    [InlineData("123456789")] // 9 digits
    [InlineData("1234-56789")]
    [InlineData("12345678901")] // 11 digits
    [InlineData("1111111111")] // all the same
    [InlineData("00000-00000")]
    [InlineData("\u06F5\u06F5\u06F5\u06F5\u06F5\u06F5\u06F5\u06F5\u06F5\u06F5")]
    [InlineData("12345-6789O")] // letter O, not zero
    [InlineData("postal code")]
    public void Wrong_length_same_digits_or_letters_are_rejected(string input)
    {
        var result = PostalCode.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(ValidationMessages.PostalCodeInvalid, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_required(string? input)
    {
        var result = PostalCode.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(ValidationMessages.PostalCodeRequired, result.Error);
    }
}
