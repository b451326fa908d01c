using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoopPortal.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>The address the idle warning calls to keep a session (Layout/IdleWarning.razor, wwwroot/layout.js).</summary>
    public const string KeepAlivePath = "/Account/KeepAlive";

    /// <summary>
    /// Account endpoints that are not pages: log out (POST with an antiforgery token), which ends every session of the
    /// account; keep the session (the idle warning's «continue»).
    /// </summary>
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var accountGroup = endpoints.MapGroup("/Account");

        // The token is checked here rather than by form binding, whose refusal would be an exception (HTTP 500 in
        // Production): a post without a valid token signs nobody out and goes to the home page.
        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<ApplicationUser> signInManager) =>
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.LocalRedirect("~/");
            }

            // A new security stamp ends every session of the account at once, not only this browser's cookie: a copy of
            // the cookie taken before the log-out opens nothing (FreshRolesClaimsTransformation compares the stamp).
            if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            var form = await context.Request.ReadFormAsync(context.RequestAborted);

            // A hostile return address (another host, //host, /\host) falls back to the home page instead of failing.
            return TypedResults.LocalRedirect($"~{ReturnUrls.LocalOr(form["returnUrl"], "/")}");
        }).DisableAntiforgery();

        // «Continue» in the idle warning: answers 204 to a live session, whose cookie is then written anew with the full
        // idle time (SessionCookieEvents renews it on this path); a session that has ended gets the log-in redirect.
        accountGroup.MapPost("/KeepAlive", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.NoContent();
        }).RequireAuthorization().DisableAntiforgery();

        return accountGroup;
    }
}
