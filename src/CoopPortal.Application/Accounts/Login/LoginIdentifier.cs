using CoopPortal.Application.Accounts.Register;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Application.Accounts.Login;

/// <summary>What a person logs in with: their national code (the user name) or their email.</summary>
public readonly record struct LoginIdentifier(bool IsEmail, string Value)
{
    public const string Required = "کد ملی یا نشانی ایمیل را وارد کنید.";
    public const string Invalid = "کد ملی یا نشانی ایمیل را درست وارد کنید.";

    /// <summary>Parses the login box; null when it is neither a plausible email nor a 10-digit code.</summary>
    public static LoginIdentifier? Parse(string? input)
    {
        var text = PersianDigits.ToAscii(input).Trim();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            var email = RegisterCitizenValidator.NormalizeEmail(text);
            return email is null ? null : new LoginIdentifier(true, email);
        }

        // A wrong check digit is treated like a wrong password later (the same message), not revealed here.
        var digits = PersianDigits.DigitsOnly(text);
        return digits is { Length: >= 8 and <= 10 } ? new LoginIdentifier(false, digits.PadLeft(10, '0')) : null;
    }

    /// <summary>True when the national code's check digit holds; a code that fails it cannot belong to an account.</summary>
    public bool IsPlausibleAccount => IsEmail || NationalCode.IsValid(Value);
}
