namespace CoopPortal.Web.Security;

/// <summary>Sets the Content-Security-Policy (with a fresh nonce) on every response before the rest of the pipeline runs.</summary>
internal static class SecurityHeadersMiddleware
{
    public static IApplicationBuilder UsePortalContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.For(ContentSecurityPolicy.Nonce(context));
            return next(context);
        });
}
