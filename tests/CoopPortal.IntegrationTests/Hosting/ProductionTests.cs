using System.Net;
using CoopPortal.Application.Common.Security;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>The Production environment seeds no account and shows no stack trace.</summary>
public sealed class ProductionTests
{
    private sealed class BrokenCurrentUser : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Simulated failure: secret-internal-detail");
    }

    [Fact]
    public async Task No_demo_account_is_seeded_in_Production_even_when_the_setting_asks_for_it()
    {
        using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Seed:DemoAccounts"] = "true" }, environment: "Production");
        using var client = factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(31, await db.Provinces.CountAsync());
        Assert.DoesNotContain(DemoAccounts.All[0].NationalCode, await db.Users.Select(u => u.UserName).ToListAsync());
    }

    [Fact]
    public async Task An_unexpected_error_in_Production_shows_the_Persian_error_page_without_details()
    {
        using var factory = new PortalFactory(environment: "Production");
        using var client = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<ICurrentUserService, BrokenCurrentUser>())).CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("متأسفیم، مشکلی پیش آمد", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-internal-detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }
}
