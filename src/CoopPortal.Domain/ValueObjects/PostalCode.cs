using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ValueObjects;

/// <summary>An Iranian postal code: 10 digits, often written 5-5.</summary>
public readonly record struct PostalCode
{
    private PostalCode(string value) => Value = value;

    /// <summary>The 10 ASCII digits.</summary>
    public string Value { get; }

    /// <summary>The 5-5 form people write, e.g. 12345-67890.</summary>
    public string Formatted => $"{Value[..5]}-{Value[5..]}";

    public override string ToString() => Value;

    public static ParseResult<PostalCode> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return ParseResult<PostalCode>.Fail(ValidationMessages.PostalCodeRequired);
        }

        var digits = PersianDigits.DigitsOnly(input);
        if (digits is null || digits.Length != 10 || digits.All(c => c == digits[0]))
        {
            return ParseResult<PostalCode>.Fail(ValidationMessages.PostalCodeInvalid);
        }

        return ParseResult<PostalCode>.Ok(new PostalCode(digits));
    }
}
