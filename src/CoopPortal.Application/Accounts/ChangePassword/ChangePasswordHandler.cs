using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Accounts.ChangePassword;

/// <summary>
/// Changes the signed-in person's password: the current one must be right, the new one must pass
/// <see cref="PasswordPolicy"/> (checked by the account store) and be typed twice the same. An account without a
/// password (its holder took it back and logs in by SMS) sets its first one, with no current password to give.
/// </summary>
public sealed class ChangePasswordHandler(IIdentityService identity)
{
    public const string OldPasswordRequired = "رمز عبور فعلی را وارد کنید.";
    public const string OldPasswordWrong = "رمز عبور فعلی درست نیست.";
    public const string ConfirmMismatch = "تکرار رمز عبور با رمز عبور تازه یکسان نیست.";

    public async Task<Result> HandleAsync(string userId, ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new ValidationErrors();
        var hasPassword = await identity.HasPasswordAsync(userId, cancellationToken).ConfigureAwait(false);
        if (hasPassword && string.IsNullOrEmpty(command.OldPassword))
        {
            errors.Add(nameof(command.OldPassword), OldPasswordRequired);
        }

        if (!string.Equals(command.NewPassword, command.ConfirmPassword, StringComparison.Ordinal))
        {
            errors.Add(nameof(command.ConfirmPassword), ConfirmMismatch);
        }

        if (errors.Any)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        var outcome = await identity.ChangePasswordAsync(userId, hasPassword ? command.OldPassword : string.Empty, command.NewPassword, cancellationToken).ConfigureAwait(false);
        switch (outcome.Outcome)
        {
            case ChangePasswordOutcome.Changed:
                return Result.Success();
            case ChangePasswordOutcome.WrongCurrentPassword:
                errors.Add(nameof(command.OldPassword), OldPasswordWrong);
                break;
            case ChangePasswordOutcome.NoSuchUser:
                return Result.NotFound();
            default:
                foreach (var message in outcome.PasswordErrors)
                {
                    errors.Add(nameof(command.NewPassword), message);
                }

                break;
        }

        return Result.Invalid(errors.ToDictionary());
    }
}
