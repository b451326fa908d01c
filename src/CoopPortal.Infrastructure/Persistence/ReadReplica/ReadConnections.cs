using System.Globalization;
using Npgsql;

namespace CoopPortal.Infrastructure.Persistence.ReadReplica;

/// <summary>
/// The connection strings of read-only reads: the primary's and the replica's (none when <c>ConnectionStrings:ReadOnly</c>
/// is empty), each asking the server to make every transaction read only, the replica's with a short connect timeout.
/// </summary>
internal sealed record ReadConnections(string Primary, string? Replica)
{
    public const string ConnectionStringName = "ReadOnly";

    private const string ReadOnlyOption = "-c default_transaction_read_only=on";

    public static ReadConnections From(string primary, string? replica, ReadReplicaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ReadConnections(
            ReadOnly(new NpgsqlConnectionStringBuilder(primary)),
            string.IsNullOrWhiteSpace(replica)
                ? null
                : ReadOnly(new NpgsqlConnectionStringBuilder(replica) { Timeout = Math.Max(1, options.ConnectTimeoutSeconds) }));
    }

    private static string ReadOnly(NpgsqlConnectionStringBuilder builder)
    {
        builder.Options = string.IsNullOrWhiteSpace(builder.Options)
            ? ReadOnlyOption
            : string.Create(CultureInfo.InvariantCulture, $"{builder.Options} {ReadOnlyOption}");
        return builder.ConnectionString;
    }
}
