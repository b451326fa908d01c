using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.UnitTests.Domain;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("09121234567")]
    [InlineData("+989121234567")]
    [InlineData("00989121234567")]
    [InlineData("989121234567")]
    [InlineData("9121234567")]
    [InlineData("\u06F0\u06F9\u06F1\u06F2\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7")] // ۰۹۱۲۱۲۳۴۵۶۷
    [InlineData("\u0660\u0669\u0661\u0662\u0661\u0662\u0663\u0664\u0665\u0666\u0667")] // ٠٩١٢١٢٣٤٥٦٧
    [InlineData("+\u06F9\u06F8\u06F9\u06F1\u06F2\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7")] // +۹۸۹۱۲۱۲۳۴۵۶۷
    [InlineData("0912 123 4567")]
    [InlineData("0912-123-4567")]
    [InlineData("  09121234567  ")]
    [InlineData("+98 912 123 4567")]
    [InlineData("0098 912 123 4567")]
    [InlineData("(0912) 123-4567")]
    [InlineData("+98 (912) 123 4567")]
    public void Accepted_forms_normalize_to_09_and_nine_digits(string input)
    {
        var result = MobileNumber.Parse(input);

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Equal("09121234567", result.Value!.Value.Value);
        Assert.Equal("09121234567", result.Value!.Value.ToString());
    }

    [Theory]
    [InlineData("09351234567", "09351234567")]
    [InlineData("+989901234567", "09901234567")]
    public void Other_operators_are_accepted(string input, string expected)
    {
        var result = MobileNumber.Parse(input);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value!.Value.Value);
    }

    [Theory]
    [InlineData("0912123456")] // 10 digits starting with 0
    [InlineData("091212345678")] // 12 digits
    [InlineData("08121234567")] // not 09
    [InlineData("02188776655")] // a Tehran landline
    [InlineData("+0989121234567")] // + followed by 0
    [InlineData("+09121234567")]
    [InlineData("+9121234567")] // + without country code
    [InlineData("8121234567")] // 10 digits not starting with 9
    [InlineData("988121234567")] // 98 then not 9
    [InlineData("0098812123456")]
    [InlineData("0912abc4567")]
    [InlineData("mobile")]
    [InlineData("۰۹۱۲-abc")]
    public void Malformed_numbers_are_rejected(string input)
    {
        var result = MobileNumber.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(ValidationMessages.MobileInvalid, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Empty_input_is_required(string? input)
    {
        var result = MobileNumber.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(ValidationMessages.MobileRequired, result.Error);
    }
}
