using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CoopPortal.Web.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are honoured only from the proxies in ForwardedHeaders:KnownProxies (addresses)
/// and ForwardedHeaders:KnownNetworks (CIDR ranges). Nothing is trusted by default, not even loopback, so a client cannot
/// pick its own rate-limit partition or claim https.
/// </summary>
internal static class ProxySetup
{
    public const string SectionName = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration.GetSection($"{SectionName}:KnownProxies"), "KnownProxies", static s => IPAddress.Parse(s));
        var networks = Parse(configuration.GetSection($"{SectionName}:KnownNetworks"), "KnownNetworks", static s => System.Net.IPNetwork.Parse(s));
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
    }

    /// <summary>A list written as an array (KnownProxies:0, :1, ...) or as one comma-separated string (env variables).</summary>
    private static List<T> Parse<T>(IConfigurationSection section, string name, Func<string, T> parse)
    {
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var parsed = new List<T>();
        foreach (var value in values)
        {
            try
            {
                parsed.Add(parse(value));
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"ForwardedHeaders:{name} holds «{value}», which is not an address or a network (CIDR).", ex);
            }
        }

        return parsed;
    }
}
