using System.Security.Claims;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// The sign-in cookie's session rules beyond Identity's: the log-in time is written once, at log-in, and kept through
/// every renewal; a cookie older than Security:AbsoluteSessionLifetime, or whose security stamp is no longer the
/// account's (log-out, password change, lock, role change: <see cref="FreshRolesClaimsTransformation"/>), is refused
/// and deleted on every request.
/// </summary>
internal static class SessionCookieEvents
{
    /// <summary>The log-in time in the cookie's authentication properties (they survive a re-issued principal).</summary>
    public const string SignedInAtItem = ".coopportal.signed_in_at";

    public static void Apply(CookieAuthenticationOptions options)
    {
        options.Events.OnSigningIn = OnSigningInAsync;
        options.Events.OnValidatePrincipal = OnValidatePrincipalAsync;
    }

    /// <summary>Identity re-issues the principal every ValidationInterval: the log-in time goes with it.</summary>
    public static Task KeepSignInTimeAsync(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(PortalClaims.SignedInAt) is { } claim
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !identity.HasClaim(c => c.Type == PortalClaims.SignedInAt))
        {
            identity.AddClaim(new Claim(PortalClaims.SignedInAt, claim.Value));
        }

        return Task.CompletedTask;
    }

    private static Task OnSigningInAsync(CookieSigningInContext context)
    {
        // A new log-in has fresh properties; RefreshSignInAsync (after a password change) passes the old ones on.
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedInAt = SessionLifetime.Parse(context.Properties.GetString(SignedInAtItem))
            ?? SessionLifetime.SignedInAt(context.Principal)
            ?? now;
        var value = SessionLifetime.Format(signedInAt);
        context.Properties.SetString(SignedInAtItem, value);
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            foreach (var old in identity.FindAll(PortalClaims.SignedInAt).ToList())
            {
                identity.RemoveClaim(old);
            }

            identity.AddClaim(new Claim(PortalClaims.SignedInAt, value));
        }

        return Task.CompletedTask;
    }

    private static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var lifetime = services.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue.AbsoluteSessionLifetime;
        var signedInAt = SessionLifetime.Parse(context.Properties.GetString(SignedInAtItem))
            ?? SessionLifetime.SignedInAt(context.Principal);
        if (SessionLifetime.HasEnded(signedInAt, now, lifetime))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // The security stamp, the lock and the roles, read now (one query): a cookie from before a log-out, a password
        // change, a lock or a role change is refused and deleted here, so the person gets the login page.
        var fresh = context.Principal is { } principal
            ? await services.GetRequiredService<FreshRolesClaimsTransformation>().RefreshAsync(principal)
            : null;
        if (fresh is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // The fresh principal lives for this request only (ShouldRenew stays as it is: sliding renewal writes the
        // cookie's own principal). Identity's periodic check may still re-issue the cookie from the database.
        context.ReplacePrincipal(fresh);
        await SecurityStampValidator.ValidatePrincipalAsync(context);

        // The idle warning's «continue»: the session gets its whole idle time from now, not only past half of it as
        // sliding expiration does, so the page's countdown and the cookie agree.
        if (context.Principal is not null && HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.Equals(Components.Account.IdentityComponentsEndpointRouteBuilderExtensions.KeepAlivePath, StringComparison.OrdinalIgnoreCase))
        {
            context.ShouldRenew = true;
        }
    }
}
