using CoopPortal.Domain.ValueObjects;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Domain;

public sealed class CompanyNationalIdTests
{
    private const string ValidExample = "10380284790";

    [Fact]
    public void The_domain_example_satisfies_the_independent_formula()
    {
        Assert.Equal(0, Checksums.CompanyNationalIdCheckDigit(ValidExample[..10]));
    }

    [Theory]
    [InlineData("10380284790")]
    [InlineData("\u06F1\u06F0\u06F3\u06F8\u06F0\u06F2\u06F8\u06F4\u06F7\u06F9\u06F0")] // ۱۰۳۸۰۲۸۴۷۹۰
    [InlineData("\u0661\u0660\u0663\u0668\u0660\u0662\u0668\u0664\u0667\u0669\u0660")] // ١٠٣٨٠٢٨٤٧٩٠
    [InlineData("103-8028-4790")]
    [InlineData(" 1038 0284 790 ")]
    public void Valid_id_is_accepted_in_any_digit_script(string input)
    {
        var result = CompanyNationalId.Parse(input);

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Equal(ValidExample, result.Value!.Value.Value);
        Assert.Equal(ValidExample, result.Value!.Value.ToString());
    }

    [Theory]
    [InlineData("10380284791")] // check digit changed
    [InlineData("10380284795")]
    [InlineData("20380284790")] // first digit changed
    [InlineData("10480284790")] // third digit changed
    public void A_one_digit_change_is_rejected(string input)
    {
        var result = CompanyNationalId.Parse(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(ValidationMessages.CompanyNationalIdInvalid, result.Error);
    }

    [Fact]
    public void Every_one_digit_change_agrees_with_the_independent_formula()
    {
        var rejected = 0;
        for (var position = 0; position < 11; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (ValidExample[position] == digit)
                {
                    continue;
                }

                var changed = ValidExample[..position] + digit + ValidExample[(position + 1)..];
                var expected = Checksums.CompanyNationalIdCheckDigit(changed[..10]) == changed[10] - '0';

                Assert.True(expected == CompanyNationalId.Parse(changed).IsValid, $"{changed}: expected valid = {expected}");
                rejected += expected ? 0 : 1;
            }
        }

        // The mod-11 check catches nearly every single-digit change (r = 10 folds to 0, so a few slip through).
        Assert.True(rejected >= 90, $"only {rejected} of 110 one-digit changes were rejected");
    }

    [Theory]
    [InlineData("1030000000")] // digits 4..10 (positions 3..9) all zero
    [InlineData("1030000005")] // digits 4..9 (positions 3..8) all zero
    [InlineData("9990000002")]
    [InlineData("0000000000")]
    public void Ids_whose_digits_4_to_9_are_zero_are_rejected_even_with_a_matching_check_digit(string tenDigits)
    {
        var id = Checksums.CompleteCompanyNationalId(tenDigits);

        var result = CompanyNationalId.Parse(id);

        Assert.False(result.IsValid, $"{id} passes the checksum but its digits 4..9 are zero");
        Assert.Equal(ValidationMessages.CompanyNationalIdInvalid, result.Error);
    }

    [Fact]
    public void Exactly_one_last_digit_makes_each_pseudo_random_prefix_valid()
    {
        var checkedPrefixes = 0;
        foreach (var prefix in Checksums.PseudoRandomDigitStrings(count: 300, length: 10, seed: 14050101u))
        {
            if (prefix.AsSpan(3, 6).IndexOfAnyExcept('0') < 0)
            {
                continue;
            }

            var expected = Checksums.CompanyNationalIdCheckDigit(prefix);
            var validDigits = Enumerable.Range(0, 10)
                .Where(d => CompanyNationalId.Parse(prefix + (char)('0' + d)).IsValid)
                .ToList();

            Assert.True(validDigits.Count == 1 && validDigits[0] == expected,
                $"prefix {prefix}: expected only {expected}, got [{string.Join(",", validDigits)}]");
            checkedPrefixes++;
        }

        Assert.True(checkedPrefixes >= 290);
    }

    [Theory]
    [InlineData("1038028479")] // 10 digits
    [InlineData("103802847900")] // 12 digits
    [InlineData("0076229645")] // a national code is not a company ID
    [InlineData("1038028479A")]
    [InlineData("company")]
    public void Wrong_length_or_letters_are_format_errors(string input)
    {
        var result = CompanyNationalId.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(ValidationMessages.CompanyNationalIdFormat, result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Empty_input_is_required(string? input)
    {
        var result = CompanyNationalId.Parse(input);

        Assert.False(result.IsValid);
        Assert.Equal(ValidationMessages.CompanyNationalIdRequired, result.Error);
    }
}
