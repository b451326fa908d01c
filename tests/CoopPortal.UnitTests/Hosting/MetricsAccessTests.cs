using System.Net;
using CoopPortal.Web.Observability;

namespace CoopPortal.UnitTests.Hosting;

public sealed class MetricsAccessTests
{
    private const string Token = "scraper-token-0123456789-abcdef";

    private static TelemetryOptions Options(string? token = null, params string[] networks)
    {
        var options = new TelemetryOptions { MetricsToken = token };
        foreach (var network in networks)
        {
            options.MetricsAllowedNetworks.Add(network);
        }

        return options;
    }

    [Fact]
    public void Nobody_is_allowed_when_nothing_is_configured_not_even_loopback_or_an_empty_bearer()
    {
        var options = Options();

        Assert.False(MetricsAccess.Allows(options, IPAddress.Loopback, null));
        Assert.False(MetricsAccess.Allows(options, IPAddress.IPv6Loopback, "Bearer "));
        Assert.False(MetricsAccess.Allows(options, null, "Bearer"));
    }

    [Theory]
    [InlineData("10.20.3.4", true)]
    [InlineData("10.21.0.1", false)]
    [InlineData("::ffff:10.20.0.9", true)]
    [InlineData("127.0.0.1", false)]
    public void A_client_is_allowed_only_from_a_configured_network(string client, bool allowed) =>
        Assert.Equal(allowed, MetricsAccess.Allows(Options(null, "10.20.0.0/16"), IPAddress.Parse(client), null));

    [Theory]
    [InlineData("Bearer " + Token, true)]
    [InlineData("bearer " + Token, true)]
    [InlineData("Bearer " + Token + "x", false)]
    [InlineData("Basic " + Token, false)]
    [InlineData(Token, false)]
    [InlineData("", false)]
    public void A_client_is_allowed_with_the_configured_bearer_token_only(string authorization, bool allowed) =>
        Assert.Equal(allowed, MetricsAccess.Allows(Options(Token), IPAddress.Parse("192.0.2.1"), authorization));
}
