using System.Net;
using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>Issue 15 point 9: log-in and registration posts are limited per client and in total, with a Persian 429 page.</summary>
public sealed class AccountRateLimitTests
{
    private static PortalFactory Portal(string perClient, string total) => new(settings: new Dictionary<string, string?>
    {
        ["AccountLimits:LoginPerClientPerMinute"] = perClient,
        ["AccountLimits:LoginTotalPerMinute"] = total,
        ["AccountLimits:RegisterPerClientPerMinute"] = perClient,
        ["AccountLimits:RegisterTotalPerMinute"] = total,
        ["ForwardedHeaders:KnownProxies"] = TestPeer.DefaultAddress.ToString(),
    });

    private static async Task<HttpResponseMessage> LoginAsync(FormClient client) =>
        await client.LoginAsync(PortalDatabaseFixture.NewNationalCode(), "some-wrong-password-1405");

    private static async Task AssertPersian429Async(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"fa\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_ins_to_many_codes_from_one_client_are_stopped_and_other_clients_still_log_in()
    {
        using var factory = Portal(perClient: "3", total: "1000");
        using var app = TestPeer.Behind(factory);
        var busy = TestPeer.Client(app, "203.0.113.7");

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await LoginAsync(busy);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await LoginAsync(busy);
        await AssertPersian429Async(limited, "تلاش‌های ورود بیش از حد مجاز است");

        // The form itself (GET) still opens, and another client is not affected.
        using var form = await busy.Http.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        using var other = await LoginAsync(TestPeer.Client(app, "198.51.100.20"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_limit_partitions_by_the_forwarded_client()
    {
        using var factory = Portal(perClient: "2", total: "1000");
        using var app = TestPeer.Behind(factory);
        var proxy = TestPeer.Client(app, TestPeer.DefaultAddress.ToString());

        async Task<HttpStatusCode> LoginAsAsync(string client)
        {
            proxy.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            proxy.Http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            using var response = await LoginAsync(proxy);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await LoginAsAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await LoginAsAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginAsAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await LoginAsAsync("198.51.100.20"));
    }

    [Fact]
    public async Task Log_ins_from_many_clients_are_stopped_by_the_total_limit()
    {
        using var factory = Portal(perClient: "100", total: "4");
        using var app = TestPeer.Behind(factory);

        for (var i = 0; i < 4; i++)
        {
            using var allowed = await LoginAsync(TestPeer.Client(app, $"203.0.113.{i + 1}"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await LoginAsync(TestPeer.Client(app, "198.51.100.99"));
        await AssertPersian429Async(limited, "تلاش‌های ورود بیش از حد مجاز است");
    }

    [Fact]
    public async Task Registrations_from_one_client_are_limited_with_a_persian_page()
    {
        using var factory = Portal(perClient: "2", total: "1000");
        using var app = TestPeer.Behind(factory);
        var client = TestPeer.Client(app, "203.0.113.7");

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await RegisterAsync(client);
            Assert.True(await FormClient.ShowsCodeStepAsync(allowed));
        }

        using var limited = await RegisterAsync(client);
        await AssertPersian429Async(limited, "درخواست‌های ثبت‌نام بیش از حد مجاز است");
    }

    private static Task<HttpResponseMessage> RegisterAsync(FormClient client)
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        return client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["FullName"] = "زهرا محمدی",
            ["NationalCode"] = code,
            ["Mobile"] = "09121112233",
            ["Email"] = $"limit.{code}@example.ir",
            ["Password"] = "sabz-kooh-baran-1405",
            ["ConfirmPassword"] = "sabz-kooh-baran-1405",
        });
    }
}
