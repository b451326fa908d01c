using System.Net;
using System.Net.Http.Headers;
using CoopPortal.IntegrationTests.Common;
using Microsoft.AspNetCore.Hosting;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>/metrics serves the OpenTelemetry metrics to the operator only: a configured network or bearer token.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class MetricsEndpointTests(PortalDatabaseFixture fixture)
{
    private const string Token = "scraper-token-0123456789-abcdef";

    [Fact]
    public async Task Metrics_are_refused_when_no_network_or_token_is_configured()
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("coopportal_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_token_reads_the_portals_counters_after_an_application_is_submitted()
    {
        using var portal = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:MetricsToken", Token));
        using var client = portal.CreateClient();
        using (var anonymous = await client.GetAsync(new Uri("/metrics", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        }

        using (var wrong = await ScrapeAsync(client, Token + "x"))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }

        var applicant = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(applicant);
        Assert.True((await fixture.As(applicant).Submit.HandleAsync(id, default)).Succeeded);
        using (var page = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using var response = await ScrapeAsync(client, Token);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var submitted = text.Split('\n').Single(l => l.StartsWith("coopportal_applications_submitted_total{", StringComparison.Ordinal) && l.Contains("resubmission=\"false\"", StringComparison.Ordinal));
        Assert.True(double.Parse(submitted[(submitted.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >= 1, submitted);
        Assert.Contains("\ncoopportal_emails_pending", text, StringComparison.Ordinal);
        Assert.Contains("\ncoopportal_circuits_open", text, StringComparison.Ordinal);
        Assert.Contains("\nhttp_server_request_duration_seconds", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_from_a_configured_network_reads_the_metrics_and_one_from_elsewhere_does_not()
    {
        using var factory = new PortalFactory(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Telemetry:MetricsAllowedNetworks:0"] = "10.0.0.0/24",
        });
        using var portal = TestPeer.Behind(factory);
        using var client = portal.CreateClient();

        using var inside = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.Add(TestPeer.Header, "10.0.1.5");
        using var outside = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Contains("# TYPE", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static async Task<HttpResponseMessage> ScrapeAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
