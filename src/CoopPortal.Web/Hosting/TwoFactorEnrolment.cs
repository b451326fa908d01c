using CoopPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Endpoints;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// Staff who must log in with a second factor and have not enrolled an authenticator yet (an admin just made them staff,
/// or reset their authenticator) are sent from every page to the enrolment (pages open to anyone signed in by the
/// middleware, pages of staff roles by the cookie's access-denied redirect). They hold no staff role meanwhile
/// (FreshRolesClaimsTransformation, CurrentUserService), so nothing else would work for them anyway.
/// </summary>
internal static class TwoFactorEnrolment
{
    public const string EnrolPath = "/Account/Manage/EnableAuthenticator";

    /// <summary>
    /// A page that needs a staff role answers "access denied" before any middleware of ours runs: for someone who only
    /// has to enrol, the enrolment is the answer.
    /// </summary>
    public static void RedirectAccessDeniedToEnrolment(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var accessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToAccessDenied = context =>
        {
            if (!context.HttpContext.User.HasClaim(c => c.Type == PortalClaims.MustEnrolTwoFactor))
            {
                return accessDenied(context);
            }

            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{EnrolPath}?returnUrl={Uri.EscapeDataString(back)}");
            return Task.CompletedTask;
        };
    }

    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == PortalClaims.MustEnrolTwoFactor)
            && HttpMethods.IsGet(context.Request.Method)
            && !context.Request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            var back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{EnrolPath}?returnUrl={Uri.EscapeDataString(back)}");
            return Task.CompletedTask;
        }

        return next(context);
    });
}
