using CoopPortal.Application.Accounts;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<ApplicationUser> users, TimeProvider clock, ILogger<IdentityService> logger) : IIdentityService
{
    public async Task<CreateAccountResult> CreateApplicantAsync(NewCitizen citizen, string password, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = citizen.NationalCode,
            NationalCode = citizen.NationalCode,
            FullName = citizen.FullName,
            Email = citizen.Email,
            PhoneNumber = citizen.Mobile,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                logger.LogInformation("Registration for an existing national code or email was answered like a new one.");
                return CreateAccountResult.Duplicate;
            }

            return new CreateAccountResult(CreateAccountOutcome.PasswordRejected, created.Errors.Select(e => e.Description).ToList());
        }

        var role = await users.AddToRoleAsync(user, Roles.Applicant);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException("Could not give a new account the Applicant role: " + string.Join("; ", role.Errors.Select(e => e.Code)));
        }

        return CreateAccountResult.Created;
    }

    public async Task<ChangePasswordResult> ChangePasswordAsync(string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new ChangePasswordResult(ChangePasswordOutcome.NoSuchUser, []);
        }

        // An account without a password takes its first one (AddPasswordAsync refuses an account that has one).
        var changed = await users.HasPasswordAsync(user)
            ? await users.ChangePasswordAsync(user, currentPassword, newPassword)
            : await users.AddPasswordAsync(user, newPassword);
        if (changed.Succeeded)
        {
            return new ChangePasswordResult(ChangePasswordOutcome.Changed, []);
        }

        return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? new ChangePasswordResult(ChangePasswordOutcome.WrongCurrentPassword, [])
            : new ChangePasswordResult(ChangePasswordOutcome.PasswordRejected, changed.Errors.Select(e => e.Description).ToList());
    }

    public async Task<bool> HasPasswordAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user && await users.HasPasswordAsync(user);
}
