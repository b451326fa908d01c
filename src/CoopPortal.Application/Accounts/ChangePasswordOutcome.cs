namespace CoopPortal.Application.Accounts;

public enum ChangePasswordOutcome
{
    Changed,
    WrongCurrentPassword,
    PasswordRejected,
    NoSuchUser,
}
