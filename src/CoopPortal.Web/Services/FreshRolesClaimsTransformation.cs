using System.Security.Claims;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Web.Services;

/// <summary>
/// Replaces the role claims of the sign-in cookie with the roles stored now, on every request, and ends the session of a
/// locked account, or of a cookie whose security stamp is no longer the account's: pages guarded by
/// [Authorize(Roles = …)] follow an admin's change at once, not when the cookie is next revalidated, and a cookie from
/// before a log-out, password change, lock or role change opens nothing. The cookie's OnValidatePrincipal calls
/// <see cref="RefreshAsync"/> and rejects (and deletes) the cookie when it answers null, so the person gets the login
/// page. Staff who must log in with a second factor and have not enrolled lose their staff roles here until they do
/// (<see cref="PortalClaims.MustEnrolTwoFactor"/>). The stamp is read by the same query as the roles, so ending sessions at once costs no extra round trip. (Use
/// cases read roles fresh through the current-user service, which compares the stamp too.)
/// </summary>
internal sealed class FreshRolesClaimsTransformation(
    IDbContextFactory<AppDbContext> factory,
    IOptions<IdentityOptions> identityOptions,
    IHttpContextAccessor httpContextAccessor) : IClaimsTransformation
{
    /// <summary>Set in the request's items once the principal was refreshed (never in the cookie).</summary>
    private static readonly object FreshMarker = new();

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || identity.FindFirst(ClaimTypes.NameIdentifier) is null
            || httpContextAccessor.HttpContext?.Items.ContainsKey(FreshMarker) == true)
        {
            return principal;
        }

        // Locked, removed or ended: the request runs as nobody, so guarded pages send the person to the login.
        return await RefreshAsync(principal) ?? new ClaimsPrincipal(new ClaimsIdentity());
    }

    /// <summary>
    /// The principal with the account's roles now, or null when the session is over (account locked or removed, or the
    /// security stamp changed by a log-out, a new password or an admin's change).
    /// </summary>
    public async Task<ClaimsPrincipal?> RefreshAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } userId)
        {
            return null;
        }

        var stamp = identity.FindFirst(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Select(u => new
            {
                u.SecurityStamp,
                u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .SingleOrDefaultAsync();
        if (account is null || stamp is null || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal))
        {
            return null;
        }

        var fresh = new ClaimsIdentity(
            identity.Claims.Where(c => c.Type != identity.RoleClaimType && c.Type != PortalClaims.MustEnrolTwoFactor),
            identity.AuthenticationType,
            identity.NameClaimType,
            identity.RoleClaimType);
        // Staff who must use a second factor and have not enrolled yet hold none of those roles until they do.
        var mustEnrol = !account.TwoFactorEnabled && account.Roles.Any(r => Roles.RequireTwoFactor.Contains(r, StringComparer.Ordinal));
        fresh.AddClaims(account.Roles
            .Where(r => account.TwoFactorEnabled || !Roles.RequireTwoFactor.Contains(r, StringComparer.Ordinal))
            .Select(r => new Claim(identity.RoleClaimType, r)));
        if (mustEnrol)
        {
            fresh.AddClaim(new Claim(PortalClaims.MustEnrolTwoFactor, "1"));
        }
        if (httpContextAccessor.HttpContext is { } context)
        {
            context.Items[FreshMarker] = true;
        }

        return new ClaimsPrincipal(fresh);
    }
}
