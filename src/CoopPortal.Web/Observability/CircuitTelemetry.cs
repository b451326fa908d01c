using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CoopPortal.Web.Observability;

/// <summary>
/// One per interactive circuit (scoped): counts the circuit while it is open (<see cref="PortalGauges"/>) and opens a log
/// scope with the circuit's correlation id (<see cref="ScopeKey"/>) around everything the circuit does for the browser
/// (events, navigation, JS interop replies), so the error boundary's log line and every query's log carry it.
/// </summary>
internal sealed partial class CircuitTelemetry(PortalGauges gauges, ILogger<CircuitTelemetry> logger) : CircuitHandler
{
    public const string ScopeKey = "CircuitId";

    private bool _counted;

    /// <summary>A random id for this circuit (not Blazor's own circuit id, which reconnects a browser to it).</summary>
    public string Id { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (!_counted)
        {
            _counted = true;
            gauges.CircuitOpened();
        }

        using (logger.BeginScope(Scope()))
        {
            LogOpened(logger);
        }

        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_counted)
        {
            _counted = false;
            gauges.CircuitClosed();
        }

        using (logger.BeginScope(Scope()))
        {
            LogClosed(logger);
        }

        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using (logger.BeginScope(Scope()))
            {
                await next(context);
            }
        };

    private Dictionary<string, object> Scope() => new() { [ScopeKey] = Id };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Circuit opened")]
    private static partial void LogOpened(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Circuit closed")]
    private static partial void LogClosed(ILogger logger);
}
