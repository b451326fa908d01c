namespace CoopPortal.Web.Security;

/// <summary>
/// Issue 15 point 7: no Server banner, HSTS for a year over https (outside Development), trusted proxies only, log-in and
/// registration limits. The pipeline half runs first so every later middleware sees the real client and scheme.
/// </summary>
internal static class PortalHardening
{
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddPortalHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = false;
        });
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddAccountRateLimits(builder.Configuration);
        builder.Services.AddPdfRateLimits(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Forwarded headers from trusted proxies: the first middleware of the pipeline. With no proxy configured the
    /// middleware is left out, because with both lists empty it would trust every sender.
    /// </summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }
}
