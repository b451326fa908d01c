using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// Ready only when the database has every migration this build carries: a portal started against an older schema (the
/// migration job not run yet) is kept out of the load balancer instead of failing on the first page that needs a new
/// column. An unreachable database makes it fail too (the health check service turns the exception into Unhealthy).
/// </summary>
public sealed class MigrationsHealthCheck(IDbContextFactory<AppDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied to the database.");
    }
}
