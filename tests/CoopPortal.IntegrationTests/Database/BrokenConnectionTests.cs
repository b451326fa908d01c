using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// PostgreSQL ends every session (a restart, a failover): the connections idle in the portal's pool are dead. A page's
/// read still answers, and no later request meets one of the dead connections (the end-to-end run once showed an
/// outage page two minutes after the database had come back, on a connection pooled before the restart).
/// Alone, not beside other tests: a broken connection anywhere in the process clears every pool, which would empty this
/// test's pools before it ends their sessions.
/// </summary>
[Collection(Name)]
public sealed class BrokenConnectionTests
{
    public const string Name = "Npgsql pools, alone";
    private const int Pooled = 6;

    [Fact]
    public async Task After_the_database_ends_every_session_reads_answer_and_the_pool_holds_no_dead_connection()
    {
        var connectionString = TestPostgres.CreateDatabase("broken");
        using var portal = new PortalFactory(connectionString);
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var reads = portal.Services.GetRequiredService<IReadOnlyDbContextFactory>();

        // Several connections open at once in both pools (the use cases' and the read-only reads'), then idle.
        await Task.WhenAll(Enumerable.Range(0, Pooled).Select(async _ =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.3)");
        }));
        await Task.WhenAll(Enumerable.Range(0, Pooled).Select(_ => reads.ReadReportAsync(
            db => ((AppDbContext)db).Database.ExecuteSqlRawAsync("SELECT pg_sleep(0.3)"), default)));
        var ended = await EndSessionsAsync(new NpgsqlConnectionStringBuilder(connectionString).Database!);
        Assert.True(ended >= 2 * Pooled, $"{ended} sessions ended, fewer than the {2 * Pooled} pooled");

        // The page's read (a report, in its read-only transaction) answers although the connection it was given was dead.
        Assert.Equal(31, await reads.ReadReportAsync(db => db.Provinces.CountAsync(), default));

        // And every request after it, in either pool, finds a live connection: the first broken one dropped the others.
        for (var i = 0; i < Pooled; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            Assert.Equal(31, await db.Provinces.CountAsync());
        }
    }

    /// <summary>Ends every session on the database as a restart does, and waits until they are gone.</summary>
    private static async Task<int> EndSessionsAsync(string database)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestPostgres.Server.ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var end = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity, pg_terminate_backend(pid) WHERE datname = @db AND pid <> pg_backend_pid()", admin);
        end.Parameters.AddWithValue("db", database);
        var ended = (int)(await end.ExecuteScalarAsync())!;
        await using var left = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity WHERE datname = @db", admin);
        left.Parameters.AddWithValue("db", database);
        for (var wait = 0; wait < 200 && (int)(await left.ExecuteScalarAsync())! > 0; wait++)
        {
            await Task.Delay(25);
        }

        return ended;
    }
}

/// <summary>Runs <see cref="BrokenConnectionTests"/> with no other test at the same time.</summary>
[CollectionDefinition(BrokenConnectionTests.Name, DisableParallelization = true)]
public sealed class NpgsqlPoolsCollection;
