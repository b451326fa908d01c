using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Accounts.Login;

/// <summary>The login form, as typed, and the checks made before any account is looked up.</summary>
public sealed class LoginCommand
{
    public const string PasswordRequired = "رمز عبور را وارد کنید.";

    public string Identifier { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>Empty fields are refused here; anything else is left to the sign-in (one message for all failures).</summary>
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(Identifier))
        {
            errors.Add(nameof(Identifier), LoginIdentifier.Required);
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors.Add(nameof(Password), PasswordRequired);
        }

        return errors;
    }
}
