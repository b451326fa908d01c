using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ValueObjects;

/// <summary>An Iranian national code (کد ملی): 10 digits with a mod-11 check digit (domain.md).</summary>
public readonly record struct NationalCode
{
    private NationalCode(string value) => Value = value;

    /// <summary>The 10 ASCII digits.</summary>
    public string Value { get; }

    public override string ToString() => Value;

    /// <summary>
    /// Accepts Persian, Arabic-Indic or ASCII digits with spaces or dashes; 8 or 9 digits are left-padded with zeros.
    /// </summary>
    public static ParseResult<NationalCode> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParseResult<NationalCode>.Fail(ValidationMessages.NationalCodeRequired);
        }

        var digits = PersianDigits.DigitsOnly(input);
        if (digits is null || digits.Length is < 8 or > 10)
        {
            return ParseResult<NationalCode>.Fail(ValidationMessages.NationalCodeFormat);
        }

        digits = digits.PadLeft(10, '0');
        return HasValidChecksum(digits)
            ? ParseResult<NationalCode>.Ok(new NationalCode(digits))
            : ParseResult<NationalCode>.Fail(ValidationMessages.NationalCodeInvalid);
    }

    public static bool IsValid(string? input) => Parse(input).IsValid;

    private static bool HasValidChecksum(string digits)
    {
        if (digits.All(c => c == digits[0]))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var remainder = sum % 11;
        var check = digits[9] - '0';
        return remainder < 2 ? check == remainder : check == 11 - remainder;
    }
}
