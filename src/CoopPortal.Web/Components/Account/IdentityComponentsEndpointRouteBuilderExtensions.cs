using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoopPortal.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Account endpoints that are not pages: log out (POST with an antiforgery token).</summary>
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

            await signInManager.SignOutAsync();
            var form = await context.Request.ReadFormAsync(context.RequestAborted);

            // A hostile return address (another host, //host, /\host) falls back to the home page instead of failing.
            return TypedResults.LocalRedirect($"~{ReturnUrls.LocalOr(form["returnUrl"], "/")}");
        }).DisableAntiforgery();

        return accountGroup;
    }
}
