using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CoopPortal.Infrastructure.Persistence.ReadReplica;

/// <summary>
/// Whether the read replica answers. A replica that does not is reported with the registration's failure status
/// (degraded): the portal still serves every read, from the primary.
/// </summary>
internal sealed class ReadReplicaHealthCheck(ReadConnections connections) : IHealthCheck
{
    public const string Name = "postgresql-replica";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (connections.Replica is null)
        {
            return HealthCheckResult.Healthy("No read replica is configured: reads go to the primary.");
        }

        try
        {
            // Unpooled: a pooled connection left from before a restart of the replica would fail though it is back.
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connections.Replica) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
            var standby = await command.ExecuteScalarAsync(cancellationToken) is true;
            return HealthCheckResult.Healthy(standby ? "The read replica answers." : "The read replica answers but is not a standby (promoted?).");
        }
        catch (Exception failure) when (DatabaseOutage.Is(failure))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The read replica is unavailable: reads go to the primary.", failure);
        }
    }
}
