using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CoopPortal.Web.Observability;

/// <summary>
/// Who may read /metrics: a client from one of Telemetry:MetricsAllowedNetworks (its address as the trusted proxies
/// report it), or one presenting Telemetry:MetricsToken as a bearer token. Nothing configured: nobody. A refused client
/// gets a plain 404, as if there were no such address (the scrape reveals request rates, circuits and queue lengths).
/// </summary>
internal static class MetricsAccess
{
    public const string Path = "/metrics";

    public static IApplicationBuilder UseMetricsAccess(this IApplicationBuilder app) => app.Use(static (context, next) =>
    {
        if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<TelemetryOptions>>().CurrentValue;
        if (Allows(options, context.Connection.RemoteIpAddress, context.Request.Headers.Authorization.ToString()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    });

    public static bool Allows(TelemetryOptions options, IPAddress? client, string? authorization)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (client is not null)
        {
            var address = client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client;
            foreach (var network in options.MetricsAllowedNetworks)
            {
                if (IPNetwork.TryParse(network, out var allowed) && allowed.Contains(address))
                {
                    return true;
                }
            }
        }

        const string Bearer = "Bearer ";
        if (string.IsNullOrEmpty(options.MetricsToken)
            || authorization is null
            || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Compared by their hashes in constant time: the answer's timing says nothing about the token.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Bearer.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.MetricsToken));
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
