using System.Data;
using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopPortal.Infrastructure.Persistence.ReadReplica;

/// <summary>
/// <see cref="IReadOnlyDbContextFactory"/>: contexts of <see cref="AppDbContext"/> with the portal's EF settings (those
/// of the registered options, so interceptors and logging apply too), no tracking, on read-only connections. A read
/// goes to the replica unless <see cref="ReplicaAvailability"/> says it is down; when the replica fails it, the read
/// runs again on the primary at once (ADR 17).
/// </summary>
internal sealed class ReadOnlyDbContextFactory : IReadOnlyDbContextFactory
{
    /// <summary>
    /// How current the data is: now on the primary, and on a replica that has replayed all it received while streaming;
    /// otherwise the commit time of the last transaction it replayed.
    /// </summary>
    private const string AsOfSql =
        "SELECT CASE WHEN NOT pg_is_in_recovery() THEN now() " +
        "WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() AND EXISTS (SELECT FROM pg_stat_wal_receiver) THEN now() " +
        "ELSE pg_last_xact_replay_timestamp() END AS \"Value\"";

    private readonly DbContextOptions<AppDbContext> _primary;
    private readonly DbContextOptions<AppDbContext>? _replica;
    private readonly string? _replicaConnectionString;
    private readonly ReplicaAvailability _availability;

    public ReadOnlyDbContextFactory(DbContextOptions<AppDbContext> options, ReadConnections connections, ReplicaAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _primary = ReadOnly(options, connections.Primary);
        _replica = connections.Replica is { } replica ? ReadOnly(options, replica) : null;
        _replicaConnectionString = connections.Replica;
        _availability = availability;
    }

    public Task<T> ReadAsync<T>(Func<IAppDbContext, Task<T>> read, CancellationToken cancellationToken) =>
        RunAsync(read, report: false, cancellationToken);

    public Task<T> ReadReportAsync<T>(Func<IAppDbContext, Task<T>> read, CancellationToken cancellationToken) =>
        RunAsync(read, report: true, cancellationToken);

    /// <summary>The same reads, for Infrastructure's own queries on the Identity tables.</summary>
    internal Task<T> ReadIdentityAsync<T>(Func<AppDbContext, Task<T>> read, CancellationToken cancellationToken) =>
        RunAsync(read, report: false, cancellationToken);

    public async Task<DataAsOf> AsOfAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        if (db is not AppDbContext { ReadFrom: { } source } context)
        {
            throw new ArgumentException("The context was not given by a read-only read.", nameof(db));
        }

        var at = await context.Database.SqlQueryRaw<DateTime?>(AsOfSql).SingleAsync(cancellationToken);
        return new DataAsOf(at, source);
    }

    private async Task<T> RunAsync<T>(Func<AppDbContext, Task<T>> read, bool report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_replica is not null && _availability.ShouldTry())
        {
            try
            {
                T result;
                await using (var db = await OpenAsync(_replica, ReadSource.Replica, report, cancellationToken))
                {
                    result = await read(db);
                }

                _availability.Answered();
                return result;
            }
            catch (PostgresException conflict) when (conflict.SqlState == PostgresErrorCodes.SerializationFailure && !cancellationToken.IsCancellationRequested)
            {
                // A hot standby cancels a query whose rows its recovery must remove ("conflict with recovery"): this
                // read goes to the primary; the replica itself is fine.
            }
            catch (Exception failure) when (DatabaseOutage.Is(failure) && !cancellationToken.IsCancellationRequested)
            {
                _availability.Failed(failure);
                using var pooled = new NpgsqlConnection(_replicaConnectionString);
                NpgsqlConnection.ClearPool(pooled); // its idle connections are dead too
            }
        }

        await using var primary = await OpenAsync(_primary, _replica is null ? ReadSource.Primary : ReadSource.PrimaryInsteadOfReplica, report, cancellationToken);
        return await read(primary);
    }

    private static async Task<AppDbContext> OpenAsync(DbContextOptions<AppDbContext> options, ReadSource source, bool report, CancellationToken cancellationToken)
    {
        var db = new AppDbContext(options) { ReadFrom = source };
        try
        {
            if (report)
            {
                // Ended (rolled back) when the context is disposed.
                await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);
            }
            else
            {
                // One connection for the whole read; a replica that is down fails here, within its connect timeout.
                await db.Database.OpenConnectionAsync(cancellationToken);
            }

            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static DbContextOptions<AppDbContext> ReadOnly(DbContextOptions<AppDbContext> options, string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>(options)
            .UseNpgsql(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
}
