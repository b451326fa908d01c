namespace CoopPortal.Application.Accounts;

public sealed record ChangePasswordResult(ChangePasswordOutcome Outcome, IReadOnlyList<string> PasswordErrors);
