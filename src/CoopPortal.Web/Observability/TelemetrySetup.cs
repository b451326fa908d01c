using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopPortal.Application.Common.Diagnostics;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopPortal.Web.Observability;

/// <summary>
/// Traces, metrics, logs and health probes (docs/operations.md): OpenTelemetry metrics from ASP.NET Core, the HTTP
/// client, Npgsql, the .NET runtime and the portal's own meter, served at /metrics to the operator only and exported
/// over OTLP when Telemetry:OtlpEndpoint is set (traces are collected only then); JSON console logs keep Persian
/// readable; /health/live answers without the database, /health/ready (and /health) only when the database answers and
/// has every migration.
/// </summary>
internal static class TelemetrySetup
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>()
            .Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName))
            .Validate(o => o.MetricsAllowedNetworks.All(n => IPNetwork.TryParse(n, out _)),
                "Telemetry:MetricsAllowedNetworks holds a value that is not a network in CIDR form (for example 10.20.0.0/16).")
            .Validate(o => string.IsNullOrEmpty(o.MetricsToken) || o.MetricsToken.Length >= TelemetryOptions.MinimumTokenLength,
                $"Telemetry:MetricsToken must be at least {TelemetryOptions.MinimumTokenLength} characters long.")
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _),
                "Telemetry:OtlpEndpoint must be an absolute address such as http://collector:4317.")
            .Validate(o => o.OtlpProtocol is "grpc" or "http/protobuf", "Telemetry:OtlpProtocol must be grpc or http/protobuf.")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();

        // Persian in JSON log lines as characters, not \u escapes.
        services.Configure<JsonConsoleFormatterOptions>(o => o.JsonWriterOptions = new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        });

        services.AddSingleton<PortalGauges>();
        services.AddScoped<CircuitTelemetry>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitTelemetry>());
        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("migrations");

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(PortalMetrics.MeterName, "Npgsql", "Microsoft.AspNetCore.Components.Server.Circuits")
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(o => o.Filter = static context => !IsProbe(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddSource("Npgsql"))
                .UseOtlpExporter(options.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc, endpoint);
        }

        // The PortalGauges singleton registers its instruments when first built: build it with the host.
        services.AddHostedService(sp => new GaugeActivation(sp.GetRequiredService<PortalGauges>()));
        return builder;
    }

    public static WebApplication MapObservabilityEndpoints(this WebApplication app)
    {
        var plain = new HealthCheckOptions
        {
            ResponseWriter = static (context, report) =>
                context.Response.WriteAsync(report.Status.ToString()), // Healthy, Degraded (200: a read replica down) or Unhealthy (503)
        };
        // Live: the process answers (no check runs, no database). Ready (and /health, kept for existing probes): every check.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = static _ => false, ResponseWriter = plain.ResponseWriter }).DisableHttpMetrics();
        app.MapHealthChecks(ReadyPath, plain).DisableHttpMetrics();
        app.MapHealthChecks("/health", plain).DisableHttpMetrics();
        app.MapPrometheusScrapingEndpoint(MetricsAccess.Path).DisableHttpMetrics();
        return app;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(MetricsAccess.Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>Builds the gauges at start-up so they are there for the first scrape.</summary>
    private sealed class GaugeActivation(PortalGauges gauges) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(gauges);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
