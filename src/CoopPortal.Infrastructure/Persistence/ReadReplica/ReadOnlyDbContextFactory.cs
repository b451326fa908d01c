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
    private readonly ReplicaAvailability _availability;

    public ReadOnlyDbContextFactory(DbContextOptions<AppDbContext> options, ReadConnections connections, ReplicaAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _primary = ReadOnly(options, connections.Primary);
        _replica = connections.Replica is { } replica ? ReadOnly(options, replica) : null;
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
                // BrokenConnectionInterceptor has dropped the replica pool's idle connections: they are dead too.
                _availability.Failed(failure);
            }
        }

        var source = _replica is null ? ReadSource.Primary : ReadSource.PrimaryInsteadOfReplica;
        for (var attempt = 1; ; attempt++)
        {
            // A database that cannot be reached fails here, within the connect timeout, and is not tried again.
            var primary = await ConnectAsync(_primary, source, cancellationToken);
            await using (primary)
            {
                try
                {
                    await PrepareAsync(primary, report, cancellationToken);
                    return await read(primary);
                }
                catch (Exception failure) when (attempt == 1 && DatabaseOutage.Is(failure) && !cancellationToken.IsCancellationRequested)
                {
                    // The pool gave a connection whose session the database had ended (a restart or a failover since it
                    // was last used); BrokenConnectionInterceptor has dropped the pool's idle connections, so the read
                    // runs once more on a fresh one instead of showing the person an outage that is already over.
                }
            }
        }
    }

    private static async Task<AppDbContext> OpenAsync(DbContextOptions<AppDbContext> options, ReadSource source, bool report, CancellationToken cancellationToken)
    {
        var db = await ConnectAsync(options, source, cancellationToken);
        try
        {
            await PrepareAsync(db, report, cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>One connection for the whole read; a database that is down fails here, within its connect timeout.</summary>
    private static async Task<AppDbContext> ConnectAsync(DbContextOptions<AppDbContext> options, ReadSource source, CancellationToken cancellationToken)
    {
        var db = new AppDbContext(options) { ReadFrom = source };
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>A report reads one snapshot, read only, in a transaction ended (rolled back) when the context is disposed.</summary>
    private static async Task PrepareAsync(AppDbContext db, bool report, CancellationToken cancellationToken)
    {
        if (report)
        {
            await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);
        }
    }

    private static DbContextOptions<AppDbContext> ReadOnly(DbContextOptions<AppDbContext> options, string connectionString) =>
        new DbContextOptionsBuilder<AppDbContext>(options)
            .UseNpgsql(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
}
