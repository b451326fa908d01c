using System.Security.Claims;
using CoopPortal.Application.Common.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// Reads who is signed in from the authentication state (request or circuit), then their roles and province from the
/// database on every call: a role removed by an admin stops working at once, not at the next login. A principal whose
/// security stamp is no longer the account's is nobody.
/// A short-lived context per call, because layout and page components of one circuit may ask at the same time.
/// </summary>
internal sealed class CurrentUserService(
    AuthenticationStateProvider authentication,
    IHttpContextAccessor httpContextAccessor,
    CurrentUserReader reader,
    IOptions<IdentityOptions> identityOptions) : ICurrentUserService
{
    public async Task<ICurrentUser> GetAsync(CancellationToken cancellationToken)
    {
        var principal = await PrincipalAsync();
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return CurrentUserSnapshot.Anonymous;
        }

        return await reader.ReadAsync(userId, stamp, cancellationToken);
    }

    /// <summary>
    /// Components (static or interactive) have an authentication state; plain HTTP endpoints (downloads) do not, and
    /// there the request's user is the one.
    /// </summary>
    private async Task<ClaimsPrincipal> PrincipalAsync()
    {
        try
        {
            return (await authentication.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException) when (httpContextAccessor.HttpContext is { } context)
        {
            return context.User;
        }
    }
}
