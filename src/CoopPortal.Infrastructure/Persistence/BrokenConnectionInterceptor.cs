using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// When a command or a connection fails because the database went away (<see cref="DatabaseOutage"/>: a restart, a
/// failover, a network cut), every idle connection in that pool is as dead as the one that failed: PostgreSQL ended
/// all their sessions. Npgsql finds that out only when each is next used, so without this each of them fails one more
/// request (a page, a save) minutes later, long after the database is back. Clearing the pools at the first failure
/// lets the next request open a fresh connection. All pools, not only the failed connection's: the read-only reads
/// reach the same server through a connection string of their own (another pool, as dead), and the price of dropping
/// a healthy replica's idle connections with them is a few new connections.
/// </summary>
internal sealed partial class BrokenConnectionInterceptor(ILogger<BrokenConnectionInterceptor> logger) : DbConnectionInterceptor, IDbCommandInterceptor
{
    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) =>
        ClearWhenBroken(connection, eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ClearWhenBroken(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        ClearWhenBroken(command.Connection, eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ClearWhenBroken(command.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    private void ClearWhenBroken(DbConnection? connection, Exception exception)
    {
        if (connection is NpgsqlConnection && DatabaseOutage.Is(exception))
        {
            NpgsqlConnection.ClearAllPools();
            LogCleared(exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A database connection broke ({Failure}); the idle connections of the pools were dropped so that the next request opens a fresh one.")]
    private partial void LogCleared(string failure);
}
