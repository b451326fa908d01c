using System.Net;
using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>
/// Issue 15 point 7: X-Forwarded-For/-Proto count only from configured proxies. Behind one, each client has its own
/// rate-limit partition and an https proxy gives HSTS and Secure cookies; from anyone else the headers are ignored.
/// </summary>
public sealed class TrustedProxyTests
{
    private const string Proxy = "10.0.0.5";

    private static PortalFactory Portal(string? knownProxies, string? knownNetworks = null, string environment = "Development") => new(
        settings: new Dictionary<string, string?>
        {
            ["Verification:PermitPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies"] = knownProxies,
            ["ForwardedHeaders:KnownNetworks"] = knownNetworks,
        },
        environment: environment);

    private static async Task<HttpStatusCode> VerifyAsync(FormClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/verify/" + Domain.Certificates.VerificationCode.New(), UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [InlineData(Proxy, null)]
    [InlineData(null, "10.0.0.0/24")]
    public async Task Behind_a_configured_proxy_one_busy_client_does_not_throttle_the_others(string? proxies, string? networks)
    {
        using var factory = Portal(proxies, networks);
        using var app = TestPeer.Behind(factory);
        var viaProxy = TestPeer.Client(app, Proxy);

        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(viaProxy, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(viaProxy, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await VerifyAsync(viaProxy, "203.0.113.7"));

        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(viaProxy, "198.51.100.20"));

        // Only the configured proxy: loopback, trusted by ASP.NET Core's defaults, is not.
        var local = TestPeer.Client(app, "127.0.0.1");
        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(local, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(local, "203.0.113.11"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await VerifyAsync(local, "203.0.113.12"));
    }

    [Fact]
    public async Task From_an_unknown_source_the_forwarded_address_is_ignored_and_cannot_dodge_the_limit()
    {
        using var factory = Portal(knownProxies: null);
        using var app = TestPeer.Behind(factory);
        var notAProxy = TestPeer.Client(app, Proxy);

        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(notAProxy, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(notAProxy, "203.0.113.8"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await VerifyAsync(notAProxy, "203.0.113.9"));

        // Loopback is not trusted by default either.
        var local = TestPeer.Client(app, "127.0.0.1");
        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(local, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.NotFound, await VerifyAsync(local, "203.0.113.11"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await VerifyAsync(local, "203.0.113.12"));
    }

    [Fact]
    public async Task In_Production_behind_a_TLS_proxy_HSTS_is_sent_and_cookies_are_Secure_only_when_the_proxy_is_trusted()
    {
        using var factory = Portal(Proxy, environment: "Production");
        using var app = TestPeer.Behind(factory);

        var (trustedHsts, trustedCookie) = await LoginPageBehindTlsAsync(TestPeer.Client(app, Proxy));
        var (spoofedHsts, spoofedCookie) = await LoginPageBehindTlsAsync(TestPeer.Client(app, "192.0.2.50"));

        Assert.Equal("max-age=31536000", trustedHsts);
        Assert.Contains("secure", trustedCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(spoofedHsts);
        Assert.DoesNotContain("secure", spoofedCookie, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The login page fetched over http with X-Forwarded-Proto https: its HSTS header and its antiforgery cookie.</summary>
    private static async Task<(string? Hsts, string Cookie)> LoginPageBehindTlsAsync(FormClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Login", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        return (hsts, cookie);
    }
}
