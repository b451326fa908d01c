namespace CoopPortal.Application.Accounts;

public sealed record CreateAccountResult(CreateAccountOutcome Outcome, IReadOnlyList<string> PasswordErrors)
{
    public static CreateAccountResult Created { get; } = new(CreateAccountOutcome.Created, []);

    public static CreateAccountResult Duplicate { get; } = new(CreateAccountOutcome.Duplicate, []);
}
