using System.Security.Claims;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoopPortal.Web.Components.Account;

// This is a server-side AuthenticationStateProvider that revalidates the security stamp and the absolute session
// lifetime for the connected user every minute while an interactive circuit is connected, so a log-out elsewhere, a
// changed password, a locked account or a session past Security:AbsoluteSessionLifetime ends open pages within a
// minute. (Every use case the page calls in that minute is already refused: the current-user service compares the stamp.)
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptionsMonitor<SecurityOptions> security,
        TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (SessionLifetime.HasEnded(SessionLifetime.SignedInAt(authenticationState.User), clock.GetUtcNow(), security.CurrentValue.AbsoluteSessionLifetime))
        {
            return false;
        }

        // Get the user manager from a new scope to ensure it fetches fresh data
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        try
        {
            return await ValidateSecurityStampAsync(userManager, authenticationState.User);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
        {
            // The database cannot answer now: the person stays signed in (what they type is kept and saved when it
            // returns) and the next round checks again; the base class would sign them out of the page on a throw.
            return true;
        }
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<ApplicationUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        else if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }
        else
        {
            var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
            var userStamp = await userManager.GetSecurityStampAsync(user);
            return principalStamp == userStamp;
        }
    }
}
