using System.Net;
using CoopPortal.Application.Common.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>The portal's start-up never waits for, or depends on, the PDF engine's browser.</summary>
public sealed class PdfEngineStartupTests
{
    [Fact]
    public async Task The_portal_starts_and_serves_pages_when_chromium_is_missing_and_printing_fails_as_a_rendering_error()
    {
        using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Pdf:ChromiumPath"] = "/nonexistent/chromium",
            ["Pdf:WarmUpOnStart"] = "true",
        });
        using var client = factory.CreateClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var renderer = factory.Services.GetRequiredService<IPdfRenderer>();
        await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync("<p>سند</p>", default));
    }
}
