using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoopPortal.Infrastructure.Administration;

/// <summary>
/// Keeps the rule values of this instance current: reads them at start (after migrations), at once when another
/// instance announces a save (LISTEN on <see cref="RuleSettingsCache.ChangedChannel"/>, on its own connection, opened
/// again after a cut and followed by a read, since announcements meanwhile are lost) and every minute as the fallback.
/// </summary>
internal sealed partial class RuleSettingsRefresh(RuleSettingsCache cache, ILogger<RuleSettingsRefresh> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ListenRetry = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(PeriodicAsync(stoppingToken), ListenAsync(stoppingToken));

    private async Task PeriodicAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(cache.ConnectionString())
                {
                    Pooling = false, KeepAlive = 30, ApplicationName = "CoopPortal rule listener",
                };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {RuleSettingsCache.ChangedChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Saves announced while this instance was not listening are read now.
                await RefreshAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    await RefreshAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (RuleSettingsCache.IsUnreachable(ex) || ex is NpgsqlException or IOException)
            {
                LogListenFailed(logger, ex);
                try
                {
                    await Task.Delay(ListenRetry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            await cache.RefreshAsync(stoppingToken);
        }
        catch (Exception ex) when (RuleSettingsCache.IsUnreachable(ex))
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rule settings could not be refreshed.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for rule changes of other instances failed; trying again (the minute's refresh still applies).")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
