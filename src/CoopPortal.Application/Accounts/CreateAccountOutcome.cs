namespace CoopPortal.Application.Accounts;

public enum CreateAccountOutcome
{
    Created,
    Duplicate,
    PasswordRejected,
}
