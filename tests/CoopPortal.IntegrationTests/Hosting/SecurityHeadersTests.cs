using System.Net;
using System.Text.RegularExpressions;
using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>Issue 15 point 7: a script-strict Content-Security-Policy on every page, no Server banner, HSTS over https.</summary>
public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task Every_page_has_a_policy_that_allows_no_inline_script_and_no_eval()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/Account/Login", "/verify/unknown-code", "/no-such-page", "/health" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var policy = PortalPolicy(response);

            var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.Matches("^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='$", scripts);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_import_map_carries_the_nonce_of_its_own_response_and_the_nonce_changes_every_time()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        var first = await NonceAndImportMapAsync(client);
        var second = await NonceAndImportMapAsync(client);

        Assert.Equal(first.Header, first.ImportMap);
        Assert.Equal(second.Header, second.ImportMap);
        Assert.NotEqual(first.Header, second.Header);
    }

    [Fact]
    public async Task Kestrel_announces_no_server_banner()
    {
        using var factory = new PortalFactory(useKestrel: true);
        using var client = new HttpClient { BaseAddress = factory.ServerAddress };

        using var response = await client.GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "Kestrel's Server header is switched off.");
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Production_over_https_sends_HSTS_for_a_year_and_plain_http_does_not()
    {
        using var factory = new PortalFactory(environment: "Production");
        using var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://coopportal.example") });
        using var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://coopportal.example") });

        using var secure = await https.GetAsync(new Uri("/health", UriKind.Relative));
        using var plain = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<(string Header, string ImportMap)> NonceAndImportMapAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var header = NonceInPolicy().Match(PortalPolicy(response)).Groups[1].Value;
        var inline = InlineScript().Matches(html);
        var importMap = Assert.Single(inline);
        Assert.Contains("type=\"importmap\"", importMap.Value, StringComparison.Ordinal);
        return (header, WebUtility.HtmlDecode(importMap.Groups["nonce"].Value));
    }

    /// <summary>The portal's policy (Blazor adds a second header, frame-ancestors only, on interactive pages).</summary>
    private static string PortalPolicy(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single(p => p.Contains("script-src", StringComparison.Ordinal));

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    /// <summary>Every script element without a src attribute (inline), with its nonce.</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?=[^>]*\\bnonce=\"(?<nonce>[^\"]*)\")?[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
