using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Documents;
using CoopPortal.Web.Components;
using CoopPortal.Web.Components.Account;
using CoopPortal.Web.Observability;
using CoopPortal.Web.Security;
using CoopPortal.Web.Services;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace CoopPortal.Web.Hosting;

internal static class WebSetup
{
    /// <summary>The idle time after which a signed-in person must log in again (sliding).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();

        // Persian text is written as UTF-8 characters, not as numeric entities (HTML is a third the size and readable).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices();
        VisitorResponseCompression.AddTo(services);
        services.AddTransient<MudBlazor.MudLocalizer, Components.Layout.PersianMudLocalizer>();

        services.AddCascadingAuthenticationState();
        services.AddSingleton<Components.Common.PrerenderedViews>();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<FreshRolesClaimsTransformation>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation>(sp => sp.GetRequiredService<FreshRolesClaimsTransformation>());
        services.AddHttpContextAccessor();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "CoopPortal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            SessionCookieEvents.Apply(options);
            TwoFactorEnrolment.RedirectAccessDeniedToEnrolment(options);
        });

        // Identity re-reads the account and re-issues the cookie every minute. Ending sessions does not wait for it:
        // the security stamp is compared on every request (SessionCookieEvents, in the query that reads the roles).
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = SessionCookieEvents.KeepSignInTimeAsync;
        });
        services.AddAuthorization();
        services.AddDocumentTemplates();
        services.AddVerificationRateLimit(builder.Configuration);
        builder.AddPortalHardening();
        builder.AddPortalTelemetry();
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        CultureInfo.DefaultThreadCurrentCulture = PersianFormat.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = PersianFormat.Culture;
        return builder;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // First, so every log line of the request (the exception handler's included) carries its correlation id.
        app.UseRequestCorrelation();
        app.UseTrustedProxies();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UsePortalContentSecurityPolicy();
        app.Use(static (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });

        // Authentication is placed here, not left to the host (which would run it before all of the above): a database
        // outage in the cookie check or the role lookup then gets the Persian outage page, and the client address it
        // sees is the one the trusted proxies report.
        app.UseResponseCompression();
        app.UseOutagePage();
        app.UseMetricsAccess();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(PersianFormat.Culture, PersianFormat.Culture),
            SupportedCultures = [PersianFormat.Culture],
            SupportedUICultures = [PersianFormat.Culture],
        });
        app.UseVisitorPageCache(app.Services.GetRequiredService<TimeProvider>());
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseTwoFactorEnrolment();

        app.MapStaticAssets();
        app.MapObservabilityEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapDocumentEndpoints();
        app.MapCertificateEndpoints();
        app.MapSupervisionEndpoints();
        app.MapInspectionEndpoints();
        app.MapImportEndpoints();
        app.MapMembershipEndpoints();
        app.MapDormancyEndpoints();
        app.MapFestivalEndpoints();
        app.MapAssemblyEndpoints();
        app.MapGeneralAssemblyEndpoints();
        app.MapLiquidationEndpoints();
        app.MapCandidacyEndpoints();
        app.MapStatisticsEndpoints();
        return app;
    }
}
