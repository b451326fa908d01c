using System.Security.Claims;
using CoopPortal.Application.Common.Security;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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
    IDbContextFactory<AppDbContext> factory,
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

        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var account = await context.Users.AsNoTracking()
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < DateTimeOffset.UtcNow))
            .Select(u => new
            {
                u.SecurityStamp,
                u.TwoFactorEnabled,
                u.ProvinceId,
                u.NationalCode,
                Roles = context.UserRoles.Where(ur => ur.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                ManagesCooperative = context.Cooperatives.Any(c => c.Managers.Any(m => m.NationalCode == u.NationalCode)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        // A circuit opened before a log-out, password change, lock or role change (a new security stamp) acts for
        // nobody at once; the circuit itself is ended by the revalidating authentication state provider.
        if (account is null || !string.Equals(stamp, account.SecurityStamp, StringComparison.Ordinal))
        {
            return CurrentUserSnapshot.Anonymous;
        }

        // A cooperative's managers are linked by national code (founding assembly or import): holding that national
        // code is what makes the account a cooperative manager, whenever the account or the link was made.
        // Staff who must log in with a second factor act without those roles until they enrol an authenticator.
        var roles = account.Roles
            .Where(r => account.TwoFactorEnabled || !Domain.Users.Roles.RequireTwoFactor.Contains(r, StringComparer.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        if (account.ManagesCooperative)
        {
            roles.Add(Domain.Users.Roles.CooperativeManager);
        }

        return new CurrentUserSnapshot(userId, roles, account.ProvinceId) { NationalCode = account.NationalCode };
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
