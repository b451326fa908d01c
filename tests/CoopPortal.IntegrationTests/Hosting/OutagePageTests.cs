using System.Net;
using System.Security.Claims;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Web.Hosting;
using CoopPortal.Web.Observability;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>
/// While the database is unavailable every request gets the Persian "temporarily unavailable" page with 503, also a
/// signed-in one whose cookie check and role lookup (in authentication, before the exception handler) need the database.
/// The portal here points at a server that is not there; the shared test cluster is never stopped.
/// </summary>
public sealed class OutagePageTests
{
    [Fact]
    public async Task A_signed_in_request_during_a_database_outage_gets_the_Persian_503_page_in_Production()
    {
        var deadSocketFolder = Path.Combine(Path.GetTempPath(), "coopportal-no-server-" + Guid.NewGuid().ToString("N")[..8]);
        using var factory = new PortalFactory(
            $"Host={deadSocketFolder};Port=5999;Username=postgres;Database=none;Timeout=2",
            settings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Seed:DemoAccounts"] = "false" },
            environment: "Production");
        // The keys that sign cookies live in the database too: these are kept in memory so a valid cookie can be made.
        using var portal = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddDataProtection().UseEphemeralDataProtectionProvider()));
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", "CoopPortal.Auth=" + SignInCookie(portal.Services));

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(TimeSpan.FromSeconds(OutagePage.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Contains(OutagePage.Title, html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fa\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    /// <summary>A sign-in cookie as the portal writes it, for an account the database would have to confirm.</summary>
    private static string SignInCookie(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                new Claim(ClaimTypes.Name, TestNationalCodes.Next()),
                new Claim(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType, "stamp"),
            ],
            IdentityConstants.ApplicationScheme);
        var now = DateTimeOffset.UtcNow;
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddMinutes(30) };
        properties.SetString(SessionCookieEvents.SignedInAtItem, SessionLifetime.Format(now));
        return options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, IdentityConstants.ApplicationScheme));
    }
}
