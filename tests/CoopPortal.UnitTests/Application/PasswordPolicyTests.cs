using CoopPortal.Application.Accounts;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

public sealed class PasswordPolicyTests
{
    private const string NationalCode = "0076229645";
    private const string Mobile = "09121234567";

    private readonly PasswordPolicy _policy = new(new FakeCommonPasswords());

    [Theory]
    [InlineData("correcthors")] // 11
    [InlineData("a1!")]
    [InlineData("کتاب سبز ر")] // 10 Persian characters
    public void Shorter_than_twelve_is_too_short(string password)
    {
        Assert.Equal([PasswordPolicy.TooShort], _policy.Check(password));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_password_is_too_short(string? password)
    {
        Assert.Equal([PasswordPolicy.TooShort], _policy.Check(password));
    }

    [Theory]
    [InlineData("correcthorse")] // exactly 12
    [InlineData("کتاب سبز روی")] // exactly 12 Persian characters
    public void Twelve_characters_are_enough(string password)
    {
        Assert.Empty(_policy.Check(password));
    }

    [Fact]
    public void The_length_boundary_is_exactly_twelve()
    {
        Assert.Equal(12, PasswordPolicy.MinimumLength);
        Assert.Contains(PasswordPolicy.TooShort, _policy.Check(new string('x', 5) + "yzuvwt"));
        Assert.DoesNotContain(PasswordPolicy.TooShort, _policy.Check(new string('x', 5) + "yzuvwtq"));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("کتاب سبز روی میز چوبی است")]
    [InlineData("rooz-e aftabi dar tehran")]
    public void A_long_passphrase_without_digits_or_symbols_is_accepted(string password)
    {
        Assert.Empty(_policy.Check(password, NationalCode, Mobile));
    }

    [Theory]
    [InlineData(FakeCommonPasswords.ListedLong)] // password1234
    [InlineData(FakeCommonPasswords.ListedLongWithPersianDigits)] // password۱۲۳۴
    [InlineData("password\u0661\u0662\u0663\u0664")] // password١٢٣٤ (Arabic-Indic)
    [InlineData("qwertyuiop123")]
    [InlineData("\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9\u06F0\u06F1\u06F2")] // ۱۲۳۴۵۶۷۸۹۰۱۲
    public void A_listed_common_password_is_too_common(string password)
    {
        Assert.Equal([PasswordPolicy.TooCommon], _policy.Check(password));
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaa")]
    [InlineData("abcabcabcabcabc")]
    [InlineData("abababababababab")]
    [InlineData("\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1")] // ۱۱۱۱۱۱۱۱۱۱۱۱
    [InlineData("ببببببببببببببب")]
    public void Repetitive_passwords_are_too_common(string password)
    {
        Assert.Equal([PasswordPolicy.TooCommon], _policy.Check(password));
    }

    [Fact]
    public void A_short_repetitive_password_is_both_too_short_and_too_common()
    {
        var problems = _policy.Check("aaaa");

        Assert.Contains(PasswordPolicy.TooShort, problems);
        Assert.Contains(PasswordPolicy.TooCommon, problems);
        Assert.Equal(2, problems.Count);
    }

    [Theory]
    [InlineData("my code is 0076229645")]
    [InlineData("0076229645 is mine")]
    [InlineData("رمز \u06F0\u06F0\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5 من")] // national code in Persian digits
    [InlineData("call me on 09121234567")]
    [InlineData("call me on 9121234567")] // mobile without the leading zero
    [InlineData("call \u06F0\u06F9\u06F1\u06F2\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7 now")] // mobile in Persian digits
    [InlineData("shomare \u06F9\u06F1\u06F2\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7")] // Persian digits, no leading zero
    public void Containing_the_national_code_or_mobile_is_rejected(string password)
    {
        Assert.Equal([PasswordPolicy.ContainsPersonalData], _policy.Check(password, NationalCode, Mobile));
    }

    [Fact]
    public void Personal_data_is_only_checked_against_the_persons_own_values()
    {
        const string password = "my code is 0076229645";

        Assert.Empty(_policy.Check(password));
        Assert.Empty(_policy.Check(password, "1583250689", "09351234567"));
        Assert.Empty(_policy.Check(password, string.Empty, string.Empty));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("091234567")] // nine characters: still too short to be a mobile number
    public void A_mobile_shorter_than_ten_characters_does_not_flag_every_password(string mobile)
    {
        // mobile[1..] of "0" is the empty string, which every password "contains".
        Assert.Empty(_policy.Check("correct horse battery staple", NationalCode, mobile));
        Assert.Empty(_policy.Check("rooz-e aftabi dar tehran 2024", NationalCode, mobile));
        Assert.DoesNotContain(PasswordPolicy.ContainsPersonalData, _policy.Check("call me on 09121234567", NationalCode, mobile));
    }

    [Fact]
    public void Longer_than_128_is_too_long()
    {
        var max = BuildPassphrase(128);
        var over = BuildPassphrase(129);

        Assert.Equal(128, PasswordPolicy.MaximumLength);
        Assert.Empty(_policy.Check(max));
        Assert.Equal([PasswordPolicy.TooLong], _policy.Check(over));
        Assert.Equal([PasswordPolicy.TooLong], _policy.Check(BuildPassphrase(500)));
    }

    private static string BuildPassphrase(int length)
    {
        const string words = "the quick brown fox jumps over the lazy dog near the river bank ";
        var text = string.Concat(Enumerable.Repeat(words, (length / words.Length) + 1));
        return text[..length];
    }
}
