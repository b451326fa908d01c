using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ValueObjects;

/// <summary>The 11-digit national ID of a legal entity (شناسه ملی), with its check digit (domain.md).</summary>
public readonly record struct CompanyNationalId
{
    private static readonly int[] Coefficients = [29, 27, 23, 19, 17];

    private CompanyNationalId(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static ParseResult<CompanyNationalId> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParseResult<CompanyNationalId>.Fail(ValidationMessages.CompanyNationalIdRequired);
        }

        var digits = PersianDigits.DigitsOnly(input);
        if (digits is null || digits.Length != 11)
        {
            return ParseResult<CompanyNationalId>.Fail(ValidationMessages.CompanyNationalIdFormat);
        }

        return HasValidChecksum(digits)
            ? ParseResult<CompanyNationalId>.Ok(new CompanyNationalId(digits))
            : ParseResult<CompanyNationalId>.Fail(ValidationMessages.CompanyNationalIdInvalid);
    }

    private static bool HasValidChecksum(string digits)
    {
        if (digits.AsSpan(3, 6).IndexOfAnyExcept('0') < 0)
        {
            return false;
        }

        var k = digits[9] - '0' + 2;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (k + (digits[i] - '0')) * Coefficients[i % 5];
        }

        var remainder = sum % 11;
        if (remainder == 10)
        {
            remainder = 0;
        }

        return remainder == digits[10] - '0';
    }
}
