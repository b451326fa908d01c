using CoopPortal.Application.Accounts;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Seeding;

namespace CoopPortal.UnitTests.Application;

/// <summary>Issue 15: base words of common passwords and the portal's context words are refused (with the shipped list).</summary>
public sealed class PasswordBaseWordTests
{
    private readonly PasswordPolicy _policy = new(new CommonPasswordList());

    [Theory]
    [InlineData("Password123!", "password")]
    [InlineData("P@ssw0rd2024", "password")]
    [InlineData("coopportal1405", "coopportal")]
    [InlineData("zanjan123456", "zanjan")]
    [InlineData("!!M0nk3y-2024!!", "monkey")]
    [InlineData("123456789012", "")]
    [InlineData("کتاب سبز ۱۴۰۵", "کتابسبز")]
    public void The_base_word_strips_digits_and_symbols_and_undoes_substitutions(string password, string expected)
    {
        Assert.Equal(expected, PasswordBaseWord.Of(password));
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2024")]
    [InlineData("Monkey-2024-!!")]
    public void A_common_password_dressed_up_with_digits_and_symbols_is_too_common(string password)
    {
        Assert.Equal([PasswordPolicy.TooCommon], _policy.Check(password));
    }

    [Theory]
    [InlineData("coopportal1405")]
    [InlineData("zanjan123456")]
    [InlineData("Taavon-1405-!!")]
    [InlineData("تعاون۱۴۰۵۱۴۰۵")]
    [InlineData("Tehran@Coop2025")]
    [InlineData("KermanShah1234")]
    public void A_password_built_on_the_portal_or_a_province_is_refused(string password)
    {
        Assert.Equal([PasswordPolicy.ContainsContextWord], _policy.Check(password));
    }

    [Theory]
    [InlineData("bahar-dar-zanjan-1405")] // the browser tests' citizen
    [InlineData("kelid-e-sabz-e-zanjan-1405")]
    [InlineData("rooz-e aftabi dar tehran")]
    [InlineData("correct horse battery staple")]
    [InlineData("کتاب سبز روی میز چوبی")]
    [InlineData(DemoAccounts.Password)]
    public void A_passphrase_that_only_mentions_a_context_word_is_accepted(string password)
    {
        Assert.Empty(_policy.Check(password, "0076229645", "09121234567"));
    }

    [Fact]
    public void The_national_code_and_mobile_are_still_refused_inside_a_dressed_up_password()
    {
        Assert.Contains(PasswordPolicy.ContainsPersonalData, _policy.Check("Sabz-0076229645!", "0076229645", "09121234567"));
        Assert.Contains(PasswordPolicy.ContainsPersonalData, _policy.Check("Sabz-Kooh-9121234567", "0076229645", "09121234567"));
    }
}
