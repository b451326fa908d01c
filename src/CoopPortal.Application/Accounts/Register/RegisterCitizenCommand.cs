namespace CoopPortal.Application.Accounts.Register;

/// <summary>What a person types on the registration form, as typed.</summary>
public sealed class RegisterCitizenCommand
{
    public string FullName { get; set; } = string.Empty;

    public string NationalCode { get; set; } = string.Empty;

    public string Mobile { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
