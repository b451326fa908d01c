using System.Security.Claims;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Web.Services;

/// <summary>
/// Replaces the role claims of the sign-in cookie with the roles stored now, on every request, and treats a locked
/// account as signed out: pages guarded by [Authorize(Roles = …)] follow an admin's change at once, not when the cookie
/// is next revalidated. (Use cases already read roles fresh through the current-user service.)
/// </summary>
internal sealed class FreshRolesClaimsTransformation(IDbContextFactory<AppDbContext> factory) : IClaimsTransformation
{
    private const string FreshMarker = "coopportal:fresh_roles";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || identity.HasClaim(c => c.Type == FreshMarker))
        {
            return principal;
        }

        var userId = identity.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (userId is null)
        {
            return principal;
        }

        await using var db = await factory.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Select(u => new { Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList() })
            .SingleOrDefaultAsync();
        if (account is null)
        {
            // Locked or removed: the request runs as nobody, so guarded pages send the person to the login.
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var fresh = new ClaimsIdentity(
            identity.Claims.Where(c => c.Type != identity.RoleClaimType),
            identity.AuthenticationType,
            identity.NameClaimType,
            identity.RoleClaimType);
        fresh.AddClaims(account.Roles.Select(r => new Claim(identity.RoleClaimType, r)));
        fresh.AddClaim(new Claim(FreshMarker, "1"));
        return new ClaimsPrincipal(fresh);
    }
}
