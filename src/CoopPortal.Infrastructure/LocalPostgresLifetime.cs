using CoopPortal.Application.Common.Files;
using CoopPortal.Application;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Infrastructure.Administration;
using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Documents;
using CoopPortal.Infrastructure.Formation;
using Microsoft.Extensions.Options;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
