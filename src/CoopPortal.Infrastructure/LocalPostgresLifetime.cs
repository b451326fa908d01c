using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.Hosting;

namespace CoopPortal.Infrastructure;

/// <summary>
/// Stops the private cluster when the host stops (Ctrl+C, SIGTERM, a normal stop), whether this process started it or
/// adopted one left running. Failures before the host runs are covered by Program.cs
/// (<see cref="DependencyInjection.StopEmbeddedPostgres"/>).
/// </summary>
internal sealed class LocalPostgresLifetime(LocalPostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cluster.Stop();
        return Task.CompletedTask;
    }
}
