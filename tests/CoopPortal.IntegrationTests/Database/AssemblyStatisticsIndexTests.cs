using System.Text.Json;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Persistence.Configurations;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// The indexes of the general assemblies' statistics (migration AssemblyStatisticsIndexes): they exist as the migration
/// writes them, its Down removes exactly them, and on a table of 20,000 assemblies over ten years the planner answers the
/// statistics query (the SQL the dashboard sends, captured) from the covering index alone, the irregularities from the
/// partial index. On its own database: the rows it writes would change other tests' figures.
/// </summary>
public sealed class AssemblyStatisticsIndexTests(PortalDatabaseFixture fixture) : IClassFixture<PortalDatabaseFixture>
{
    private const string CoveringDefinition =
        $"CREATE INDEX \"{GeneralAssemblyConfiguration.StatisticsIndex}\" ON public.general_assemblies USING btree (\"MeetingOn\", \"ProvinceId\") INCLUDE (\"CountyId\", \"Status\", \"ObserverUserId\", \"Id\")";

    private const string IrregularitiesDefinition =
        $"CREATE INDEX \"{GeneralAssemblyEventConfiguration.IrregularitiesIndex}\" ON public.general_assembly_events USING btree (\"AssemblyId\") WHERE ((\"Action\")::text = 'ReportIrregularities'::text)";

    private const string Migration = "AssemblyStatisticsIndexes";

    private static readonly CurrentUserSnapshot Admin = new("statistics-admin", new HashSet<string> { Roles.Admin }, null);

    /// <summary>
    /// Assemblies spread over the counties (so over the provinces), ten years of meeting days and the statuses the
    /// statistics count, a third with an observer; every one announced, those with irregularities reported so.
    /// </summary>
    private const string Rows = """
        INSERT INTO general_assemblies ("Id", "CooperativeId", "CooperativeName", "ProvinceId", "CountyId", "FiledByUserId", "Status",
            "Agenda", "Resolutions", "Elected", "Files", "ObserverUserId", "CreatedAtUtc", "UpdatedAtUtc", "AttendanceCall", "Kind", "MeetingOn")
        SELECT gen_random_uuid(), @cooperative, 'تعاونی آمار مجامع', c."ProvinceId", c."Id", @manager,
            (ARRAY['Confirmed', 'Cancelled', 'ObserverConfirmed', 'IrregularitiesReported', 'Supervised', 'Announced'])[1 + g % 6],
            '[]', '[]', '[]', '[]', CASE WHEN g % 3 = 0 THEN @manager END, now(), now(), 'First', 'Ordinary', DATE '2017-03-21' + (g * 7 % 3650)
        FROM generate_series(1, 20000) g
        CROSS JOIN (SELECT array_agg("Id" ORDER BY "Id") AS ids FROM counties) k
        JOIN counties c ON c."Id" = k.ids[1 + g % cardinality(k.ids)];
        INSERT INTO general_assembly_events ("Id", "AssemblyId", "AtUtc", "ActorUserId", "Action", "FromStatus", "ToStatus", "IsPublic")
        SELECT gen_random_uuid(), "Id", now(), @manager, 'Announce', 'Draft', 'Announced', true FROM general_assemblies;
        INSERT INTO general_assembly_events ("Id", "AssemblyId", "AtUtc", "ActorUserId", "Action", "FromStatus", "ToStatus", "IsPublic")
        SELECT gen_random_uuid(), "Id", now(), @manager, 'ReportIrregularities', 'AwaitingObserver', 'IrregularitiesReported', false
        FROM general_assemblies WHERE "Status" = 'IrregularitiesReported';
        """;

    [Fact]
    public async Task The_migration_creates_the_covering_and_the_partial_index_and_keeps_the_foreign_keys_index()
    {
        var indexes = await IndexesAsync();

        Assert.Equal(CoveringDefinition, indexes[GeneralAssemblyConfiguration.StatisticsIndex]);
        Assert.Equal(IrregularitiesDefinition, indexes[GeneralAssemblyEventConfiguration.IrregularitiesIndex]);
        Assert.Equal(
            "CREATE INDEX \"IX_general_assembly_events_AssemblyId\" ON public.general_assembly_events USING btree (\"AssemblyId\")",
            indexes["IX_general_assembly_events_AssemblyId"]);
    }

    [Fact]
    public async Task Down_drops_exactly_the_two_indexes_and_up_makes_them_again()
    {
        var latest = await DatabaseCatalog.SchemaAsync(fixture.Factory.ConnectionString);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();

        // Later migrations are taken down first, so the comparison is of this migration alone.
        await migrator.MigrateAsync(migrations[index]);
        var migrated = await DatabaseCatalog.SchemaAsync(fixture.Factory.ConnectionString);
        await migrator.MigrateAsync(migrations[index - 1]);
        var down = await DatabaseCatalog.SchemaAsync(fixture.Factory.ConnectionString);
        await migrator.MigrateAsync();

        Assert.Equal(
            migrated.Where(l => !l.Contains(GeneralAssemblyConfiguration.StatisticsIndex, StringComparison.Ordinal)
                && !l.Contains(GeneralAssemblyEventConfiguration.IrregularitiesIndex, StringComparison.Ordinal)),
            down);
        Assert.Equal(2, migrated.Count - down.Count);
        Assert.Equal(latest, await DatabaseCatalog.SchemaAsync(fixture.Factory.ConnectionString));
    }

    [Fact]
    public async Task The_statistics_query_is_answered_from_the_covering_index_and_the_partial_index()
    {
        await SeedAsync();

        foreach (var province in new int?[] { null, 8 })
        {
            var (sql, parameters) = await StatisticsCommandAsync(province);
            var scans = Scans(await PlanAsync(sql, parameters));

            var assemblies = Assert.Single(scans, s => s.Relation == "general_assemblies");
            Assert.Equal(("Index Only Scan", GeneralAssemblyConfiguration.StatisticsIndex), (assemblies.Type, assemblies.Index));
            var events = Assert.Single(scans, s => s.Relation == "general_assembly_events");
            Assert.Equal(GeneralAssemblyEventConfiguration.IrregularitiesIndex, events.Index);
        }
    }

    private async Task<Dictionary<string, string>> IndexesAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('general_assemblies', 'general_assembly_events')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }

    private async Task SeedAsync()
    {
        var manager = await fixture.NewUserAsync(Roles.CooperativeManager);
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی آمار مجامع", TestNumbers.RegistrationNumber(), new DateOnly(2015, 1, 1), null, 8, null, null, 20, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null),
            DateTime.UtcNow);
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Cooperatives.Add(cooperative);
            await db.SaveChangesAsync();
        }

        // The test cluster commits asynchronously, and VACUUM sets a page all-visible (which an index-only scan needs) only
        // once the commit of its rows is on disk: this session commits synchronously, which also flushes what came before.
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SET synchronous_commit = on");
        await using (var insert = new NpgsqlCommand(Rows, connection))
        {
            insert.Parameters.AddWithValue("cooperative", cooperative.Id);
            insert.Parameters.AddWithValue("manager", manager.UserId!);
            await insert.ExecuteNonQueryAsync();
        }

        // As a table written long ago is: visibility map set, statistics known. The portal's own background work commits
        // asynchronously in between and may hold it back for a round.
        for (var attempt = 1; ; attempt++)
        {
            await ExecuteAsync(connection, "VACUUM ANALYZE general_assemblies, general_assembly_events");
            await using var visible = new NpgsqlCommand(
                "SELECT bool_and(relallvisible = relpages) FROM pg_class WHERE relname IN ('general_assemblies', 'general_assembly_events')", connection);
            if ((bool)(await visible.ExecuteScalarAsync())!)
            {
                return;
            }

            Assert.True(attempt < 20, "VACUUM did not set the visibility map of the assemblies' tables.");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The statement over general_assemblies that the dashboard sends for 1400, as an admin for the country or one province.</summary>
    private async Task<(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)> StatisticsCommandAsync(int? province)
    {
        var commands = await CapturedCommands.Record(async () => Assert.True((await fixture.As(Admin).Dashboard.HandleAsync(province, 1400, default)).Succeeded));
        return Assert.Single(commands, c => c.Sql.Contains("FROM general_assemblies", StringComparison.Ordinal));
    }

    /// <summary>The plan as the dashboard's reads run it (no parallel workers: IReadOnlyDbContextFactory.ReadReportAsync).</summary>
    private async Task<JsonElement> PlanAsync(string sql, IReadOnlyList<NpgsqlParameter> parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var settings = new NpgsqlCommand("SET LOCAL max_parallel_workers_per_gather = 0", connection, transaction))
        {
            await settings.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection, transaction);
        explain.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        return plan.RootElement[0].GetProperty("Plan").Clone();
    }

    /// <summary>Every node of the plan that reads a table: its type, table and index.</summary>
    private static List<(string Type, string Relation, string? Index)> Scans(JsonElement node)
    {
        var scans = new List<(string, string, string?)>();
        if (node.TryGetProperty("Relation Name", out var relation))
        {
            scans.Add((node.GetProperty("Node Type").GetString()!, relation.GetString()!, node.TryGetProperty("Index Name", out var index) ? index.GetString() : null));
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                scans.AddRange(Scans(child));
            }
        }

        return scans;
    }
}
