using CoopPortal.Application.Accounts;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>Applies <see cref="PasswordPolicy"/> wherever Identity sets a password (registration, change, reset).</summary>
internal sealed class PolicyPasswordValidator(PasswordPolicy policy) : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var problems = policy.Check(password, user.NationalCode, user.PhoneNumber);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(problems.Select(p => new IdentityError { Code = "PasswordPolicy", Description = p }).ToArray()));
    }
}
