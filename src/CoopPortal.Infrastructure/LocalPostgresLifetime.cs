using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.Hosting;

namespace CoopPortal.Infrastructure;

/// <summary>Stops the private cluster when the portal shuts down (only if this process started it).</summary>
internal sealed class LocalPostgresLifetime(LocalPostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cluster.Stop();
        return Task.CompletedTask;
    }
}
