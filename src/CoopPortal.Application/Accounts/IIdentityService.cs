namespace CoopPortal.Application.Accounts;

/// <summary>The account store, as the use cases need it. Implemented with ASP.NET Core Identity in Infrastructure.</summary>
public interface IIdentityService
{
    /// <summary>
    /// Creates an account with the Applicant role. Returns <see cref="CreateAccountOutcome.Duplicate"/> when the national
    /// code or email is taken: the caller must not tell the person which, so accounts cannot be enumerated.
    /// </summary>
    Task<CreateAccountResult> CreateApplicantAsync(NewCitizen citizen, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Changes a password after checking the current one; the new one goes through the password policy. An account
    /// without a password (taken back by its holder through the identity check, who then logs in by SMS) gets its
    /// first one without a current password.
    /// </summary>
    Task<ChangePasswordResult> ChangePasswordAsync(string userId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Whether the account has a password (false after its holder took it back and logs in by SMS).</summary>
    Task<bool> HasPasswordAsync(string userId, CancellationToken cancellationToken);
}
