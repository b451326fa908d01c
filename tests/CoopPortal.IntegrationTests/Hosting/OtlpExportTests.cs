using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>With Telemetry:OtlpEndpoint set, the request's trace reaches the collector (here a listener standing in for it).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task A_request_is_traced_and_exported_over_OTLP_with_the_service_name()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        using var factory = new PortalFactory(settings: new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}",
            ["Telemetry:OtlpProtocol"] = "http/protobuf",
            ["Telemetry:ServiceName"] = "CoopPortal-otlp-test",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200", // export spans after 0.2 s instead of 5 s
            ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "1000", // the last export at shutdown finds no listener: give up after 1 s
        });
        using var client = factory.CreateClient();

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var context = await collector.GetContextAsync().WaitAsync(deadline.Token);
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, deadline.Token);
            var path = context.Request.Url!.AbsolutePath;
            context.Response.StatusCode = 200;
            context.Response.Close();
            // Start-up's database spans (migrations, seeding) may come in batches before the request's.
            var payload = Encoding.UTF8.GetString(body.ToArray());
            if (path == "/v1/traces" && payload.Contains("http.request.method", StringComparison.Ordinal))
            {
                Assert.Contains("CoopPortal-otlp-test", payload, StringComparison.Ordinal);
                Assert.Contains("GET", payload, StringComparison.Ordinal);
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
