using System.Globalization;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoopPortal.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test process (started from the machine's binaries like the portal's own,
/// with fsync off), and a fresh database per test class. The cluster is stopped and deleted when the process exits.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<LocalPostgresCluster> Cluster = new(() =>
    {
        var cluster = LocalPostgresCluster.StartEphemeral(NullLogger.Instance, "postgres");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    });

    private static int _counter;

    public static LocalPostgresCluster Server => Cluster.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase(string prefix = "test")
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}");
        using var connection = new NpgsqlConnection(Server.ConnectionStringFor("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return Server.ConnectionStringFor(name);
    }
}
