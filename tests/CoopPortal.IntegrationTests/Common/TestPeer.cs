using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Common;

/// <summary>
/// The in-memory test server has no network peer: this puts one in front of the portal's pipeline, the address in the
/// X-Test-Peer header (or <see cref="DefaultAddress"/>), as Kestrel would see a proxy or a client connect.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";
    public static readonly IPAddress DefaultAddress = IPAddress.Parse("10.0.0.5");

    /// <summary>The portal of <paramref name="factory"/> behind this filter (one host: build it once per test).</summary>
    public static WebApplicationFactory<Program> Behind(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, TestPeer>()));
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var peer) ? IPAddress.Parse(peer.ToString()) : DefaultAddress;
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client connecting from <paramref name="peer"/> (keeps cookies, does not follow redirects).</summary>
    public static FormClient Client(WebApplicationFactory<Program> app, string peer, string baseAddress = "http://coopportal.example")
    {
        ArgumentNullException.ThrowIfNull(app);
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });
        http.DefaultRequestHeaders.Add(Header, peer);
        return new FormClient(http);
    }
}
