using System.Globalization;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoopPortal.Testing;

/// <summary>
/// A hot-standby replica of the test cluster (<see cref="TestPostgres"/>), made by pg_basebackup and streaming from it,
/// on its own socket and port: every database of the test cluster, including those created later, appears on it. A
/// test may stop it, start it again, or pause its replay to hold it behind the primary. Stopped and deleted on dispose.
/// </summary>
public sealed class TestReplica : IDisposable
{
    private const int Port = 5434;

    private TestReplica(LocalPostgresCluster cluster) => Cluster = cluster;

    public LocalPostgresCluster Cluster { get; }

    /// <summary>Makes a replica of the test cluster as it is now and starts it (a second or two).</summary>
    public static TestReplica Start()
    {
        var replica = new TestReplica(TestPostgres.Server.StartStandby(NullLogger.Instance, Port));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => replica.Dispose();
        return replica;
    }

    /// <summary>The replica's connection string for a database, given the primary's connection string of it.</summary>
    public string ConnectionStringLike(string primaryConnectionString) =>
        Cluster.ConnectionStringFor(new NpgsqlConnectionStringBuilder(primaryConnectionString).Database!);

    /// <summary>What the replica says about its replication, for a failing test's message.</summary>
    public async Task<string> StatusAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT concat_ws(' ', 'receive', pg_last_wal_receive_lsn(), 'replay', pg_last_wal_replay_lsn(), 'replayed commit', " +
            "pg_last_xact_replay_timestamp(), 'pause', pg_get_wal_replay_pause_state(), 'receiver', (SELECT status FROM pg_stat_wal_receiver))", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Stops the replica (fast shutdown), as when its server goes away.</summary>
    public void Stop() => Cluster.Stop();

    /// <summary>Starts the stopped replica again; it reconnects to the primary and catches up.</summary>
    public void Resume() => Cluster.Resume();

    /// <summary>Waits until the replica has replayed everything the primary had written when this was called.</summary>
    public async Task CatchUpAsync()
    {
        var target = await PrimaryLsnAsync();
        await WaitUntilAsync($"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn", "replay " + target);
    }

    /// <summary>Holds replay: the replica keeps receiving WAL but shows the data as it was (until <see cref="ResumeReplayAsync"/>).</summary>
    public async Task PauseReplayAsync()
    {
        // From here no WAL record is replayed (a replica waiting for WAL reports "pause requested" until one arrives).
        await ExecuteAsync("SELECT pg_wal_replay_pause()");
    }

    public Task ResumeReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_resume()");

    /// <summary>Waits until the replica has received (not replayed) everything the primary had written when this was called.</summary>
    public async Task ReceiveAllAsync()
    {
        var target = await PrimaryLsnAsync();
        await WaitUntilAsync($"SELECT pg_last_wal_receive_lsn() >= '{target}'::pg_lsn", "receive " + target);
    }

    public void Dispose() => Cluster.Dispose();

    /// <summary>The test's own connections to the replica, unpooled: a pooled one would be dead after a restart.</summary>
    private string AdminConnectionString => new NpgsqlConnectionStringBuilder(Cluster.ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString;

    /// <summary>
    /// Where the primary's WAL ends, including commits still in its buffers (the test cluster commits asynchronously,
    /// so the write position can lag a commit that has already returned).
    /// </summary>
    private static async Task<string> PrimaryLsnAsync()
    {
        await using var primary = new NpgsqlConnection(TestPostgres.Server.ConnectionStringFor("postgres"));
        await primary.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()::text", primary);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls the replica until <paramref name="condition"/> (a query of one boolean) is true; a minute at most.</summary>
    private async Task WaitUntilAsync(string condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        while (true)
        {
            await using (var command = new NpgsqlCommand(condition, connection))
            {
                if (await command.ExecuteScalarAsync() is true)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"The replica did not reach '{what}' within a minute."));
            }

            await Task.Delay(20);
        }
    }
}
