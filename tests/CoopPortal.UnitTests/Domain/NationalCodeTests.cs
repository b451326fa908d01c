using CoopPortal.Domain.ValueObjects;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Domain;

public sealed class NationalCodeTests
{
    [Theory]
    [InlineData("0076229645", "0076229645")]
    [InlineData("1583250689", "1583250689")]
    [InlineData("\u06F0\u06F0\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5", "0076229645")] // ۰۰۷۶۲۲۹۶۴۵ (Persian)
    [InlineData("\u0660\u0660\u0667\u0666\u0662\u0662\u0669\u0666\u0664\u0665", "0076229645")] // ٠٠٧٦٢٢٩٦٤٥ (Arabic-Indic)
    [InlineData("\u06F1\u06F5\u06F8\u06F3\u06F2\u06F5\u06F0\u06F6\u06F8\u06F9", "1583250689")] // ۱۵۸۳۲۵۰۶۸۹
    [InlineData("007-622964-5", "0076229645")]
    [InlineData("007 622 964 5", "0076229645")]
    [InlineData("  1583250689  ", "1583250689")]
    [InlineData("158-325-068-9", "1583250689")]
    [InlineData("\u06F0\u06F0\u06F7-\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4-\u06F5", "0076229645")] // Persian digits with dashes
    [InlineData("76229645", "0076229645")] // 8 digits, left-padded
    [InlineData("076229645", "0076229645")] // 9 digits, left-padded
    public void Valid_codes_are_accepted_and_stored_as_ten_ascii_digits(string input, string expected)
    {
        var result = NationalCode.Parse(input);

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value!.Value.Value);
        Assert.Equal(expected, result.Value!.Value.ToString());
        Assert.True(NationalCode.IsValid(input));
    }

    [Theory]
    [InlineData("12345678")] // 9-digit body "012345678" + its check digit, typed without the leading zero
    [InlineData("98765432")]
    [InlineData("40000001")]
    public void Nine_digit_input_is_left_padded_to_a_valid_code(string eightDigitBody)
    {
        var padded = Checksums.CompleteNationalCode("0" + eightDigitBody);
        var typed = padded[1..];
        Assert.Equal(9, typed.Length);

        var result = NationalCode.Parse(typed);

        Assert.True(result.IsValid, $"{typed} should be accepted as {padded}");
        Assert.Equal(padded, result.Value!.Value.Value);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("7654321")]
    [InlineData("3000005")]
    public void Eight_digit_input_is_left_padded_to_a_valid_code(string sevenDigitBody)
    {
        var padded = Checksums.CompleteNationalCode("00" + sevenDigitBody);
        var typed = padded[2..];
        Assert.Equal(8, typed.Length);

        var result = NationalCode.Parse(typed);

        Assert.True(result.IsValid, $"{typed} should be accepted as {padded}");
        Assert.Equal(padded, result.Value!.Value.Value);
    }

    [Fact]
    public void Eight_digit_input_in_persian_digits_is_padded_too()
    {
        var result = NationalCode.Parse("\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5"); // ۷۶۲۲۹۶۴۵

        Assert.True(result.IsValid);
        Assert.Equal("0076229645", result.Value!.Value.Value);
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("1111111111")]
    [InlineData("2222222222")]
    [InlineData("5555555555")]
    [InlineData("9999999999")]
    [InlineData("\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1\u06F1")] // ۱۱۱۱۱۱۱۱۱۱
    [InlineData("00000000")] // pads to 0000000000
    public void All_equal_digits_are_rejected(string input)
    {
        var result = NationalCode.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(ValidationMessages.NationalCodeInvalid, result.Error);
    }

    [Fact]
    public void All_equal_codes_would_otherwise_pass_the_checksum()
    {
        // 1111111111 satisfies the mod-11 formula; only the all-equal rule rejects it. This keeps the test above honest.
        Assert.Equal(1, Checksums.NationalCodeCheckDigit("111111111"));
        Assert.False(NationalCode.IsValid("1111111111"));
    }

    [Theory]
    [InlineData("0076229646")]
    [InlineData("0076229640")]
    [InlineData("1583250680")]
    [InlineData("1583250688")]
    [InlineData("0076229654")] // two digits swapped
    [InlineData("76229646")] // 8 digits, padded, wrong check digit
    public void Wrong_check_digit_is_rejected_as_invalid(string input)
    {
        var result = NationalCode.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(ValidationMessages.NationalCodeInvalid, result.Error);
    }

    [Theory]
    [InlineData("00762296451")] // 11 digits
    [InlineData("15832506890")] // 11 digits
    [InlineData("7622964")] // 7 digits
    [InlineData("1")]
    [InlineData("00762296a5")] // a letter
    [InlineData("abcdefghij")]
    [InlineData("کد ملی")]
    [InlineData("0076229645x")]
    [InlineData("0076_229645")]
    public void Wrong_length_or_letters_are_rejected_as_format_errors(string input)
    {
        var result = NationalCode.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(ValidationMessages.NationalCodeFormat, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Empty_input_is_required(string? input)
    {
        var result = NationalCode.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(ValidationMessages.NationalCodeRequired, result.Error);
        Assert.False(NationalCode.IsValid(input));
    }

    [Fact]
    public void Exactly_one_check_digit_makes_each_pseudo_random_prefix_valid()
    {
        var checkedPrefixes = 0;
        foreach (var prefix in Checksums.PseudoRandomDigitStrings(count: 400, length: 9, seed: 20260321u))
        {
            if (prefix.All(c => c == prefix[0]))
            {
                continue; // all-equal codes are rejected whatever the check digit; covered separately
            }

            var expected = Checksums.NationalCodeCheckDigit(prefix);
            var validDigits = Enumerable.Range(0, 10)
                .Where(d => NationalCode.IsValid(prefix + (char)('0' + d)))
                .ToList();

            Assert.True(validDigits.Count == 1 && validDigits[0] == expected,
                $"prefix {prefix}: expected only check digit {expected} to be valid, got [{string.Join(",", validDigits)}]");
            checkedPrefixes++;
        }

        Assert.True(checkedPrefixes >= 390, $"only {checkedPrefixes} prefixes were checked");
    }

    [Fact]
    public void Pseudo_random_prefixes_are_varied()
    {
        // Guards the generator: a degenerate sequence would make the property test above meaningless.
        var prefixes = Checksums.PseudoRandomDigitStrings(count: 400, length: 9, seed: 20260321u).ToList();

        Assert.True(prefixes.Distinct(StringComparer.Ordinal).Count() > 390);
        Assert.Equal(10, prefixes.Select(Checksums.NationalCodeCheckDigit).Distinct().Count()); // every check digit 0..9 occurs
    }
}
