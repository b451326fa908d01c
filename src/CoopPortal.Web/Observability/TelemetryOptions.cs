namespace CoopPortal.Web.Observability;

/// <summary>
/// The <c>Telemetry</c> section (docs/configuration.md, docs/operations.md): where traces, metrics and logs go over OTLP
/// (nothing is sent when no endpoint is set) and who may read /metrics (nobody unless a network or a token is set).
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The least length of <see cref="MetricsToken"/>, so a scraper's token cannot be guessed.</summary>
    public const int MinimumTokenLength = 24;

    /// <summary>The service name on every span and metric.</summary>
    public string ServiceName { get; set; } = "CoopPortal";

    /// <summary>The OTLP collector (for example http://collector:4317); empty: no export.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Networks (CIDR, e.g. 10.20.0.0/16 or 127.0.0.1/32) whose clients may read /metrics.</summary>
    public IList<string> MetricsAllowedNetworks { get; } = [];

    /// <summary>A bearer token with which any client may read /metrics (Authorization: Bearer …).</summary>
    public string? MetricsToken { get; set; }
}
