using System.Net.Mail;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Application.Accounts.Register;

/// <summary>Checks a registration and turns it into normalized values. The server-side authority for the form.</summary>
public sealed class RegisterCitizenValidator(PasswordPolicy passwordPolicy)
{
    public const string FullNameRequired = "نام و نام خانوادگی را وارد کنید.";
    public const string FullNameTooShort = "نام و نام خانوادگی را کامل وارد کنید.";
    public const string FullNameTooLong = "نام و نام خانوادگی نباید بیش از ۱۰۰ نویسه باشد.";
    public const string FullNameHasDigits = "نام و نام خانوادگی نباید عدد داشته باشد.";
    public const string EmailRequired = "نشانی ایمیل را وارد کنید.";
    public const string EmailInvalid = "نشانی ایمیل درست نیست؛ مانند name@example.com وارد کنید.";
    public const string PasswordMismatch = "تکرار رمز عبور با رمز عبور یکسان نیست.";

    public (NewCitizen? Citizen, ValidationErrors Errors) Validate(RegisterCitizenCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new ValidationErrors();

        var fullName = PersianText.Normalize(command.FullName);
        if (fullName.Length == 0)
        {
            errors.Add(nameof(command.FullName), FullNameRequired);
        }
        else if (fullName.Length < 5 || !fullName.Contains(' ', StringComparison.Ordinal))
        {
            errors.Add(nameof(command.FullName), FullNameTooShort);
        }
        else if (fullName.Length > 100)
        {
            errors.Add(nameof(command.FullName), FullNameTooLong);
        }
        else if (fullName.Any(char.IsDigit))
        {
            errors.Add(nameof(command.FullName), FullNameHasDigits);
        }

        var nationalCode = NationalCode.Parse(command.NationalCode);
        if (!nationalCode.IsValid)
        {
            errors.Add(nameof(command.NationalCode), nationalCode.Error!);
        }

        var mobile = MobileNumber.Parse(command.Mobile);
        if (!mobile.IsValid)
        {
            errors.Add(nameof(command.Mobile), mobile.Error!);
        }

        var email = NormalizeEmail(command.Email);
        if (string.IsNullOrEmpty(command.Email?.Trim()))
        {
            errors.Add(nameof(command.Email), EmailRequired);
        }
        else if (email is null)
        {
            errors.Add(nameof(command.Email), EmailInvalid);
        }

        foreach (var problem in passwordPolicy.Check(command.Password, nationalCode.Value?.Value, mobile.Value?.Value))
        {
            errors.Add(nameof(command.Password), problem);
        }

        if (!string.Equals(command.Password, command.ConfirmPassword, StringComparison.Ordinal))
        {
            errors.Add(nameof(command.ConfirmPassword), PasswordMismatch);
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        return (new NewCitizen(fullName, nationalCode.Value!.Value.Value, mobile.Value!.Value.Value, email!), errors);
    }

    /// <summary>Trimmed, digits in ASCII, domain lower-cased; null when it is not a plausible address.</summary>
    public static string? NormalizeEmail(string? input)
    {
        var text = PersianDigits.ToAscii(input).Trim();
        if (text.Length is 0 or > 254 || text.Contains(' ', StringComparison.Ordinal) || !text.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        if (!MailAddress.TryCreate(text, out var address) || address.Address != text)
        {
            return null;
        }

        var at = text.LastIndexOf('@');
        var domain = text[(at + 1)..].ToLowerInvariant();
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return null;
        }

        return text[..at] + "@" + domain;
    }
}
