using System.Globalization;
using System.Text;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// What a database is made of, read from pg_catalog and information_schema as sorted lines (so column order and the
/// order objects were created in do not matter): tables, columns with type, nullability, default and generation,
/// indexes and constraints with their definitions, triggers, functions with their full text, sequences, views, types
/// and extensions. Also the rows of a table, for comparing data.
/// </summary>
internal static class DatabaseCatalog
{
    private static readonly string[] Queries =
    [
        """
        SELECT 'table ' || table_name || ' ' || table_type FROM information_schema.tables WHERE table_schema = 'public'
        """,
        """
        SELECT concat_ws(' | ', 'column ' || table_name || '.' || column_name, data_type, udt_name, character_maximum_length, numeric_precision,
            numeric_scale, datetime_precision, 'nullable=' || is_nullable, 'default=' || coalesce(column_default, ''), 'generated=' || is_generated,
            generation_expression, 'identity=' || is_identity, identity_generation, collation_name)
        FROM information_schema.columns WHERE table_schema = 'public'
        """,
        """
        SELECT 'index ' || tablename || '.' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        """,
        """
        SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ' ' || contype::text || ': ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        """,
        """
        SELECT 'trigger ' || tgrelid::regclass::text || '.' || tgname || ' enabled=' || tgenabled::text || ': ' || pg_get_triggerdef(oid)
        FROM pg_trigger WHERE NOT tgisinternal
        """,
        """
        SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || '): ' || pg_get_functiondef(p.oid)
        FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
        """,
        """
        SELECT concat_ws(' | ', 'sequence ' || sequence_name, data_type, start_value, minimum_value, maximum_value, increment, cycle_option)
        FROM information_schema.sequences WHERE sequence_schema = 'public'
        """,
        """
        SELECT 'view ' || table_name || ': ' || view_definition FROM information_schema.views WHERE table_schema = 'public'
        """,
        """
        SELECT 'type ' || typname || ' ' || typtype::text FROM pg_type t
        WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
        """,
        """
        SELECT 'extension ' || extname FROM pg_extension
        """,
    ];

    /// <summary>The schema as sorted lines.</summary>
    public static async Task<IReadOnlyList<string>> SchemaAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var query in Queries)
        {
            await using var command = new NpgsqlCommand(query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Every row of the table (all columns but the system ones, unless named), one line each with its columns by name, sorted.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(string connectionString, string table, string columns = "*")
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {columns} FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Columns by name: their order may differ between two databases.
            var line = new StringBuilder();
            foreach (var i in Enumerable.Range(0, reader.FieldCount).OrderBy(reader.GetName, StringComparer.Ordinal))
            {
                line.Append(reader.GetName(i)).Append('=').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append("; ");
            }

            rows.Add(line.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Fails with the lines only one side has.</summary>
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{what} differ.\nOnly in the expected database:\n  {string.Join("\n  ", missing)}\nOnly in the actual database:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(expected.Count, actual.Count);
    }
}
