using System.Net;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Live_is_200_and_ready_503_when_PostgreSQL_does_not_answer()
    {
        var deadSocketFolder = Path.Combine(Path.GetTempPath(), "coopportal-no-server-" + Guid.NewGuid().ToString("N")[..8]);
        using var factory = new PortalFactory(
            $"Host={deadSocketFolder};Port=5999;Username=postgres;Database=none;Timeout=2",
            settings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Seed:DemoAccounts"] = "false" });
        using var client = factory.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_200_when_PostgreSQL_answers_with_every_migration_and_503_when_one_is_missing()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateClient();
        using (var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        // The database loses its newest migration's record, as if this build were newer than the schema.
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT max("MigrationId") FROM "__EFMigrationsHistory")""");
        }

        using var behind = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, behind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
