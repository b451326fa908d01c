using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopPortal.Infrastructure.Persistence.ReadReplica;

internal static class ReadReplicaRegistration
{
    /// <summary>
    /// Read-only reads (<see cref="Application.Common.Interfaces.IReadOnlyDbContextFactory"/>) on ConnectionStrings:ReadOnly,
    /// or on the primary when it is empty, and the replica's health check (degraded when it does not answer).
    /// </summary>
    public static IServiceCollection AddReadReplica(this IServiceCollection services, IConfiguration configuration, string primaryConnectionString)
    {
        var section = configuration.GetSection(ReadReplicaOptions.SectionName);
        services.AddOptions<ReadReplicaOptions>().Bind(section);
        var options = section.Get<ReadReplicaOptions>() ?? new ReadReplicaOptions();
        services.AddSingleton(ReadConnections.From(primaryConnectionString, configuration.GetConnectionString(ReadConnections.ConnectionStringName), options));
        services.AddSingleton<ReplicaAvailability>();
        services.AddSingleton<ReadOnlyDbContextFactory>();
        services.AddSingleton<Application.Common.Interfaces.IReadOnlyDbContextFactory>(sp => sp.GetRequiredService<ReadOnlyDbContextFactory>());
        services.AddHealthChecks().AddCheck<ReadReplicaHealthCheck>(ReadReplicaHealthCheck.Name, failureStatus: HealthStatus.Degraded);
        return services;
    }
}
