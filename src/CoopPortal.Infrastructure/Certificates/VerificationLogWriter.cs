using CoopPortal.Domain.Certificates;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Certificates;

/// <summary>
/// Stores the public checks in batches (up to <see cref="BatchSize"/> rows in one round trip), off the request path: a
/// verification answers after one read, not after a write and its commit. What is queued when the portal stops is
/// stored before it stops. A batch that fails is tried three times, then logged as lost.
/// </summary>
internal sealed partial class VerificationLogWriter(
    VerificationLog log, IDbContextFactory<AppDbContext> factory, ILogger<VerificationLogWriter> logger) : BackgroundService
{
    public const int BatchSize = 500;

    private const int Attempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await log.Reader.WaitToReadAsync(stoppingToken))
            {
                await StoreQueuedAsync(onlyOneBatch: true);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync stores what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await StoreQueuedAsync(onlyOneBatch: false);
    }

    private async Task StoreQueuedAsync(bool onlyOneBatch)
    {
        var batch = new List<VerificationCheck>(BatchSize);
        do
        {
            batch.Clear();
            while (batch.Count < BatchSize && log.Reader.TryRead(out var check))
            {
                batch.Add(check);
            }

            if (batch.Count > 0)
            {
                await StoreAsync(batch);
            }
        }
        while (!onlyOneBatch && batch.Count > 0);
    }

    private async Task StoreAsync(List<VerificationCheck> batch)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync();
                db.VerificationChecks.AddRange(batch);
                await db.SaveChangesAsync();
                break;
            }
            catch (Exception ex) when (attempt < Attempts)
            {
                LogRetry(logger, batch.Count, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception ex)
            {
                LogLost(logger, batch.Count, ex);
            }
        }

        log.Handled(batch.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} verification checks were not stored (attempt {Attempt}): {Reason}; trying again")]
    private static partial void LogRetry(ILogger logger, int count, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} verification checks were lost: the database refused them three times")]
    private static partial void LogLost(ILogger logger, int count, Exception exception);
}
