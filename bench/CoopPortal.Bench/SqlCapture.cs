using System.Data.Common;
using System.Text;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopPortal.Bench;

/// <summary>A SQL statement EF Core sent, with copies of its parameters.</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// Records the queries EF Core runs while <see cref="Enabled"/> is set (off while timing), so that each can be run
/// again under <c>EXPLAIN (ANALYZE, BUFFERS)</c> with the same parameters.
/// </summary>
internal sealed class SqlCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];

    public bool Enabled { get; set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>The statements recorded since the last call.</summary>
    public List<CapturedCommand> Take()
    {
        lock (_commands)
        {
            var taken = _commands.ToList();
            _commands.Clear();
            return taken;
        }
    }

    /// <summary>The plan of one statement, executed for real (ANALYZE) with its buffers, as the dashboard's reads run it.</summary>
    public static async Task<string> ExplainAsync(string connectionString, CapturedCommand captured)
    {
        var plan = new StringBuilder();
        await AsReportAsync(connectionString, "EXPLAIN (ANALYZE, BUFFERS) ", captured, reader => plan.AppendLine(reader.GetString(0)));
        return plan.ToString();
    }

    /// <summary>Runs one statement and reads its rows, as the dashboard's reads run it.</summary>
    public static Task ReadAsync(string connectionString, CapturedCommand captured) => AsReportAsync(connectionString, string.Empty, captured, _ => { });

    /// <summary>
    /// The statement (after <paramref name="prefix"/>) with its parameters in a transaction like the dashboard's
    /// (IReadOnlyDbContextFactory.ReadReportAsync: read-only, no parallel workers), each row given to <paramref name="row"/>.
    /// </summary>
    private static async Task AsReportAsync(string connectionString, string prefix, CapturedCommand captured, Action<NpgsqlDataReader> row)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var settings = new NpgsqlCommand("SET TRANSACTION READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0", connection, transaction))
        {
            await settings.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(prefix + captured.Sql, connection, transaction))
        {
            command.Parameters.AddRange(captured.Parameters.Select(p => p.Clone()).ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                row(reader);
            }
        }

        await transaction.CommitAsync();
    }

    private void Record(DbCommand command)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_commands)
        {
            _commands.Add(new CapturedCommand(command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
        }
    }
}

/// <summary>The portal with <see cref="SqlCapture"/> added to its DbContext options.</summary>
internal sealed class CapturingPortalFactory(SqlCapture capture, IDictionary<string, string?> settings) : PortalFactory(settings: settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(capture)));
    }
}
