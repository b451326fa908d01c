using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// The embedded default: first run initializes, a second start reuses (and stops what it reused), a crashed run's pid
/// file is recovered.
/// </summary>
public sealed class LocalPostgresClusterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coopportal-cluster-test-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<LocalPostgresCluster> _started = [];

    private LocalPostgresOptions Options => new() { DataDirectory = Path.Combine(_root, "data"), Database = "portal", Port = 5433 };

    private LocalPostgresCluster Start()
    {
        var cluster = LocalPostgresCluster.Start(Options, _root, NullLogger.Instance);
        _started.Add(cluster);
        return cluster;
    }

    private static async Task<string> CurrentDatabaseAsync(LocalPostgresCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task First_start_initializes_a_cluster_listening_on_a_unix_socket_only_and_creates_the_database()
    {
        var cluster = Start();

        Assert.True(cluster.StartedHere);
        Assert.True(File.Exists(Path.Combine(cluster.DataDirectory, "PG_VERSION")));
        Assert.StartsWith("/", new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Host, StringComparison.Ordinal);
        Assert.Equal("portal", await CurrentDatabaseAsync(cluster));

        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW listen_addresses", connection);
        Assert.Equal(string.Empty, (string)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_second_start_reuses_the_running_cluster()
    {
        var first = Start();
        var second = Start();

        Assert.True(first.StartedHere);
        Assert.False(second.StartedHere);
        Assert.Equal("portal", await CurrentDatabaseAsync(second));
    }

    [Fact]
    public async Task A_reused_cluster_is_stopped_when_the_instance_that_adopted_it_stops()
    {
        // The first instance stands for a portal process that died: it never stops its cluster.
        var left = Start();
        var adopted = Start();
        Assert.False(adopted.StartedHere);
        Assert.Equal("portal", await CurrentDatabaseAsync(adopted));

        adopted.Dispose();
        NpgsqlConnection.ClearAllPools();

        Assert.False(File.Exists(Path.Combine(left.DataDirectory, "postmaster.pid")));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => CurrentDatabaseAsync(adopted));
    }

    [Fact]
    public async Task A_stopped_cluster_is_started_again_with_its_data()
    {
        var first = Start();
        await using (var connection = new NpgsqlConnection(first.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42);", connection);
            await create.ExecuteNonQueryAsync();
        }

        first.Stop();
        NpgsqlConnection.ClearAllPools();
        var second = Start();

        Assert.True(second.StartedHere);
        await using var check = new NpgsqlConnection(second.ConnectionString);
        await check.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT v FROM kept", check);
        Assert.Equal(42, (int)(await select.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_stale_pid_file_left_by_a_crashed_run_is_recovered()
    {
        var first = Start();
        first.Stop();
        NpgsqlConnection.ClearAllPools();

        // A crash leaves postmaster.pid behind; its pid may even belong to another live process (here: pid 1).
        var pidFile = Path.Combine(first.DataDirectory, "postmaster.pid");
        await File.WriteAllTextAsync(pidFile, $"1\n{first.DataDirectory}\n1700000000\n5433\n{first.SocketDirectory}\n\n  0  0\nready\n");

        var second = Start();

        Assert.True(second.StartedHere);
        Assert.Equal("portal", await CurrentDatabaseAsync(second));
    }

    [Fact]
    public void Missing_server_binaries_give_a_message_naming_the_package_to_install()
    {
        var options = Options;
        options.BinDirectory = Path.Combine(_root, "no-postgres-here");

        var error = Assert.Throws<LocalPostgresException>(() => LocalPostgresCluster.Start(options, _root, NullLogger.Instance));

        Assert.Contains("apt-get install postgresql-15", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_connection_string_wins_and_no_cluster_is_started()
    {
        using var factory = new PortalFactory();
        Assert.Null(factory.Services.GetService<LocalPostgresCluster>());
    }

    public void Dispose()
    {
        foreach (var cluster in _started)
        {
            cluster.Stop();
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
