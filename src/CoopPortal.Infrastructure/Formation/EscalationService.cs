using CoopPortal.Application.Review.Escalation;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Formation;

/// <summary>
/// Runs the overdue escalation (applications, then dormancy cases past their deadline) every Review:EscalationIntervalMinutes; a failed run is logged and retried next time. With
/// several instances one sweep runs at a time: a sweep takes the escalation advisory lock or skips its turn while
/// another instance sweeps (ADR 16); the application's row version guards the marks besides.
/// </summary>
internal sealed class EscalationService(
    IServiceScopeFactory scopes, IDbContextFactory<AppDbContext> dbFactory, IOptions<ReviewOptions> options, ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.EscalationIntervalMinutes)));
        do
        {
            try
            {
                await using var sweepLock = await TryLockAsync(stoppingToken);
                if (sweepLock is null)
                {
                    continue; // another instance is sweeping now
                }

                await using var scope = scopes.CreateAsyncScope();
                var escalated = await scope.ServiceProvider.GetRequiredService<EscalateOverdueHandler>().HandleAsync(stoppingToken);
                if (escalated > 0)
                {
                    logger.LogInformation("Escalated {Count} overdue application(s) to the heads of office.", escalated);
                }

                var dormancy = await scope.ServiceProvider.GetRequiredService<Application.Dormancy.Escalation.EscalateDormancyHandler>().HandleAsync(stoppingToken);
                if (dormancy > 0)
                {
                    logger.LogInformation("Escalated {Count} dormancy case(s) past their deadline to the heads of office.", dormancy);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The overdue escalation failed; it runs again at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<PostgresAdvisoryLock?> TryLockAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PostgresAdvisoryLock.TryAcquireAsync(db.Database.GetConnectionString()!, PostgresAdvisoryLock.EscalationKey, cancellationToken);
    }
}
