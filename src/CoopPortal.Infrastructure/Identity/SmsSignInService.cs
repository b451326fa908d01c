using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>Signs in the account an SMS one-time code was accepted for (<see cref="Application.Accounts.LoginSms.SmsLoginHandler"/>).</summary>
public sealed class SmsSignInService(SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> users)
{
    public async Task<bool> SignInAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        await users.ResetAccessFailedCountAsync(user);
        await signInManager.SignInAsync(user, isPersistent: false, authenticationMethod: "sms-otp");
        return true;
    }
}
