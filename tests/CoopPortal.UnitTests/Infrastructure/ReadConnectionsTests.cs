using CoopPortal.Infrastructure.Persistence.ReadReplica;
using Npgsql;

namespace CoopPortal.UnitTests.Infrastructure;

/// <summary>The connection strings of read-only reads: every transaction read only, the replica's connect timeout short.</summary>
public sealed class ReadConnectionsTests
{
    private static readonly ReadReplicaOptions Options = new() { ConnectTimeoutSeconds = 2 };

    [Fact]
    public void Without_a_replica_reads_use_the_primary_read_only()
    {
        var connections = ReadConnections.From("Host=/tmp/pg;Port=5433;Username=postgres;Database=coopportal", null, Options);

        Assert.Null(connections.Replica);
        var primary = new NpgsqlConnectionStringBuilder(connections.Primary);
        Assert.Equal("-c default_transaction_read_only=on", primary.Options);
        Assert.Equal("coopportal", primary.Database);
    }

    [Fact]
    public void The_replica_keeps_its_own_options_and_gets_the_short_timeout()
    {
        var connections = ReadConnections.From(
            "Host=primary;Database=coopportal", "Host=replica;Database=coopportal;Timeout=15;Options=-c statement_timeout=60000", Options);

        var replica = new NpgsqlConnectionStringBuilder(connections.Replica!);
        Assert.Equal("replica", replica.Host);
        Assert.Equal(2, replica.Timeout);
        Assert.Equal("-c statement_timeout=60000 -c default_transaction_read_only=on", replica.Options);
    }
}
