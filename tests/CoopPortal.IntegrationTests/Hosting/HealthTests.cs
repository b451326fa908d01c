using System.Net;

namespace CoopPortal.IntegrationTests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_200_when_PostgreSQL_answers()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_when_PostgreSQL_does_not_answer()
    {
        var deadSocketFolder = Path.Combine(Path.GetTempPath(), "coopportal-no-server-" + Guid.NewGuid().ToString("N")[..8]);
        using var factory = new PortalFactory(
            $"Host={deadSocketFolder};Port=5999;Username=postgres;Database=none;Timeout=2",
            settings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Seed:DemoAccounts"] = "false" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
