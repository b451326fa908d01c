using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Administration;

/// <summary>Reads the stored rule values at start (after migrations) and every minute, for changes made elsewhere.</summary>
internal sealed partial class RuleSettingsRefresh(RuleSettingsCache cache, ILogger<RuleSettingsRefresh> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await cache.ReloadAsync(stoppingToken);
            }
            catch (Exception ex) when (RuleSettingsCache.IsUnreachable(ex))
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rule settings could not be refreshed.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
