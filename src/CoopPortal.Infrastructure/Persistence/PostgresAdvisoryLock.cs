using Npgsql;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// A PostgreSQL session advisory lock that several portal instances on one database share (ADR 16): start-up
/// migration and seeding wait for it, periodic sweeps try it and skip their turn when another instance holds it. It
/// lives on its own unpooled connection, so closing the connection (dispose, a crash, a cut connection) always
/// releases it and a pooled connection never keeps it by mistake.
/// </summary>
public sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    /// <summary>Start-up migrations and seeding (any value unique to the portal; "COOP" then a number).</summary>
    public const long StartupKey = 0x434F4F50_00000001;

    /// <summary>The overdue escalation sweep.</summary>
    public const long EscalationKey = 0x434F4F50_00000002;

    /// <summary>Printing the certificates left unprinted, at start.</summary>
    public const long CertificateSweepKey = 0x434F4F50_00000003;

    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private PostgresAdvisoryLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Waits until the lock is free and takes it.</summary>
    public static async Task<PostgresAdvisoryLock> AcquireAsync(string connectionString, long key, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(connectionString, cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresAdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes the lock if it is free; null when another session holds it.</summary>
    public static async Task<PostgresAdvisoryLock?> TryAcquireAsync(string connectionString, long key, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(connectionString, cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new PostgresAdvisoryLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
                command.Parameters.AddWithValue("key", _key);
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and with it the lock.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "CoopPortal lock" };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
