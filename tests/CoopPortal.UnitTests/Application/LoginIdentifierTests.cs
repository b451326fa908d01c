using CoopPortal.Application.Accounts.Login;

namespace CoopPortal.UnitTests.Application;

public sealed class LoginIdentifierTests
{
    [Theory]
    [InlineData("Ali.Karimi@Example.COM", "Ali.Karimi@example.com")]
    [InlineData("  sara@mail.example.ir  ", "sara@mail.example.ir")]
    [InlineData("ali\u06F1\u06F2@Example.com", "ali12@example.com")]
    public void An_email_is_parsed_with_its_domain_lower_cased(string input, string expected)
    {
        var identifier = LoginIdentifier.Parse(input);

        Assert.NotNull(identifier);
        Assert.True(identifier.Value.IsEmail);
        Assert.Equal(expected, identifier.Value.Value);
        Assert.True(identifier.Value.IsPlausibleAccount);
    }

    [Theory]
    [InlineData("\u06F0\u06F0\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5", "0076229645")] // ۰۰۷۶۲۲۹۶۴۵
    [InlineData("\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5", "0076229645")] // ۷۶۲۲۹۶۴۵: 8 digits, padded
    [InlineData("\u0660\u0667\u0666\u0662\u0662\u0669\u0666\u0664\u0665", "0076229645")] // Arabic-Indic, 9 digits
    [InlineData("1583250689", "1583250689")]
    [InlineData(" 158-325-068-9 ", "1583250689")]
    public void A_national_code_is_parsed_to_ten_ascii_digits(string input, string expected)
    {
        var identifier = LoginIdentifier.Parse(input);

        Assert.NotNull(identifier);
        Assert.False(identifier.Value.IsEmail);
        Assert.Equal(expected, identifier.Value.Value);
        Assert.True(identifier.Value.IsPlausibleAccount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("علی کریمی")]
    [InlineData("1234567")] // 7 digits
    [InlineData("00762296451")] // 11 digits
    [InlineData("ali@")]
    [InlineData("ali@example")]
    [InlineData("@example.com")]
    [InlineData("ali @example.com")]
    public void Anything_else_is_null(string? input)
    {
        Assert.Null(LoginIdentifier.Parse(input));
    }

    [Theory]
    [InlineData("0076229646")]
    [InlineData("\u06F1\u06F5\u06F8\u06F3\u06F2\u06F5\u06F0\u06F6\u06F8\u06F0")] // ۱۵۸۳۲۵۰۶۸۰
    [InlineData("1111111111")]
    public void A_code_failing_the_check_digit_parses_but_is_not_a_plausible_account(string input)
    {
        var identifier = LoginIdentifier.Parse(input);

        Assert.NotNull(identifier);
        Assert.False(identifier.Value.IsEmail);
        Assert.False(identifier.Value.IsPlausibleAccount);
    }
}
