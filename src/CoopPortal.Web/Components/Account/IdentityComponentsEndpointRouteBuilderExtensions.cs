using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoopPortal.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Account endpoints that are not pages: log out (POST with an antiforgery token), which ends every session of the account.</summary>
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            // A new security stamp ends every session of the account at once, not only this browser's cookie: a copy of
            // the cookie taken before the log-out opens nothing (FreshRolesClaimsTransformation compares the stamp).
            if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            var target = string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? "/"
                : returnUrl;
            return TypedResults.LocalRedirect($"~{target}");
        });

        return accountGroup;
    }
}
