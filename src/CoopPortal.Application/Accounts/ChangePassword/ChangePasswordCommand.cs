namespace CoopPortal.Application.Accounts.ChangePassword;

/// <summary>The change-password form, as typed.</summary>
public sealed class ChangePasswordCommand
{
    public string OldPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
