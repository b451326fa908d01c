using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// Databases as the release before the squash (commit f36c703) made them: its whole migration chain, kept as the SQL
/// script `dotnet ef migrations script` printed at that commit (Fixtures/schema-f36c703.sql), run on an empty database.
/// </summary>
internal static class PreviousRelease
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CoopPortal.IntegrationTests", "Database", "Fixtures", "schema-f36c703.sql")));

    /// <summary>
    /// A new database migrated by the previous release up to <paramref name="lastMigration"/> (the whole chain when null),
    /// one migration per transaction as the script does it; returns its connection string.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string? lastMigration = null)
    {
        var connectionString = TestPostgres.CreateDatabase("previous");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var step in Steps())
        {
            await using (var command = new NpgsqlCommand(step, connection))
            {
                await command.ExecuteNonQueryAsync();
            }

            if (lastMigration is not null && step.Contains($"VALUES ('{lastMigration}'", StringComparison.Ordinal))
            {
                return connectionString;
            }
        }

        Assert.Null(lastMigration); // a migration the script does not hold
        return connectionString;
    }

    /// <summary>The script cut after each COMMIT: one migration per piece (the first also creates the history table).</summary>
    private static IEnumerable<string> Steps()
    {
        var step = new System.Text.StringBuilder();
        foreach (var line in Script.Value.Split('\n'))
        {
            step.Append(line).Append('\n');
            if (line.TrimEnd() == "COMMIT;")
            {
                yield return step.ToString();
                step.Clear();
            }
        }

        if (step.ToString().Trim().Length > 0)
        {
            yield return step.ToString();
        }
    }
}
