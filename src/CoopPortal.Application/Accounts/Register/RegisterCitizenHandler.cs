using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Accounts.Register;

/// <summary>
/// Registers a citizen as an Applicant. The outcome is the same whether the national code or email was new or already
/// taken, so the form cannot be used to find out who has an account: the page then asks for the SMS code either way
/// (docs/decisions/0021). <see cref="RegistrationFollowUp"/> then texts a new account's sign-in code to its mobile and
/// tells the office about a manager's new account, or tells the national code's holder how to get into the existing one.
/// </summary>
public sealed class RegisterCitizenHandler(RegisterCitizenValidator validator, IIdentityService identity, IRegistrationFollowUps? followUps = null)
{
    public async Task<Result> HandleAsync(RegisterCitizenCommand command, CancellationToken cancellationToken)
    {
        var (citizen, errors) = validator.Validate(command);
        if (citizen is null)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        var created = await identity.CreateApplicantAsync(citizen, command.Password, cancellationToken).ConfigureAwait(false);
        if (created.Outcome == CreateAccountOutcome.PasswordRejected)
        {
            var passwordErrors = new ValidationErrors();
            foreach (var message in created.PasswordErrors)
            {
                passwordErrors.Add(nameof(command.Password), message);
            }

            return Result.Invalid(passwordErrors.ToDictionary());
        }

        // What follows (the office told, or a taken code's holder told by SMS) runs after the answer, in the background:
        // the answer takes the same time either way.
        followUps?.Enqueue(citizen, created.Outcome == CreateAccountOutcome.Created);

        // Created and Duplicate look the same to the caller on purpose.
        return Result.Success();
    }
}
