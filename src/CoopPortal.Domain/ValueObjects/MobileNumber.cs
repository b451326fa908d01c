using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ValueObjects;

/// <summary>An Iranian mobile number, stored as 09 followed by 9 digits. Accepts +98, 0098 and 98 prefixes.</summary>
public readonly record struct MobileNumber
{
    private MobileNumber(string value) => Value = value;

    /// <summary>The 11 ASCII digits starting with 09.</summary>
    public string Value { get; }

    public override string ToString() => Value;

    public static ParseResult<MobileNumber> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParseResult<MobileNumber>.Fail(ValidationMessages.MobileRequired);
        }

        var trimmed = PersianDigits.ToAscii(input).Trim().Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        var hasPlus = trimmed.StartsWith('+');
        var digits = PersianDigits.DigitsOnly(hasPlus ? trimmed[1..] : trimmed);
        if (digits is null)
        {
            return ParseResult<MobileNumber>.Fail(ValidationMessages.MobileInvalid);
        }

        string? national = digits switch
        {
            { Length: 11 } when !hasPlus && digits.StartsWith("09", StringComparison.Ordinal) => digits,
            { Length: 10 } when !hasPlus && digits.StartsWith('9') => "0" + digits,
            { Length: 12 } when digits.StartsWith("989", StringComparison.Ordinal) => "0" + digits[2..],
            { Length: 14 } when !hasPlus && digits.StartsWith("00989", StringComparison.Ordinal) => "0" + digits[4..],
            _ => null,
        };

        return national is null
            ? ParseResult<MobileNumber>.Fail(ValidationMessages.MobileInvalid)
            : ParseResult<MobileNumber>.Ok(new MobileNumber(national));
    }
}
