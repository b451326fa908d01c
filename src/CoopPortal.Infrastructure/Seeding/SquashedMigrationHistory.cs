using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoopPortal.Infrastructure.Seeding;

/// <summary>
/// The migrations up to <see cref="LastOldMigration"/> were squashed into <see cref="SquashedMigrations"/>, which build
/// the same schema and database-side logic (docs/database-migrations.md, ADR 13). A database the old chain brought to its
/// end is recognised before migrating, and its history is rewritten in one transaction to name the squashed migration
/// instead (nothing else changes); a database the old chain left part-way is refused with the way out. An empty database,
/// or one already on the squashed migrations, is left alone.
/// </summary>
public static class SquashedMigrationHistory
{
    /// <summary>The last migration of the chain that was squashed (release <see cref="PreviousReleaseCommit"/>).</summary>
    public const string LastOldMigration = "20261203223222_AdministratorDocumentTypes";

    /// <summary>The last commit whose migrations bring any older database to <see cref="LastOldMigration"/>.</summary>
    public const string PreviousReleaseCommit = "f36c703";

    /// <summary>The migrations that replace the old chain (CoopPortal.Migrations); a test checks they are the first ones defined.</summary>
    public static IReadOnlyList<string> SquashedMigrations { get; } = ["20261204222333_InitialCreate"];

    /// <summary>The squashed chain, oldest first.</summary>
    public static IReadOnlyList<string> OldMigrations { get; } =
    [
        "20261123092355_InitialCreate",
        "20261123101237_FormationApplications",
        "20261123104824_Cooperatives",
        "20261123110647_Notifications",
        "20261123110935_Escalation",
        "20261123112159_NotificationEmail",
        "20261123112708_ReviewQueueIndex",
        "20261123113108_AuditAppendOnly",
        "20261123121955_Certificates",
        "20261123144025_Registry",
        "20261123160348_Administration",
        "20261123173149_Statistics",
        "20261123182706_ReferenceDataAdmin",
        "20261123183700_StatisticsRollups",
        "20261203194638_ComplianceSentIndex",
        LastOldMigration,
    ];

    /// <summary>EF's history table (the default name; the context does not change it).</summary>
    private const string HistoryTable = "\"__EFMigrationsHistory\"";

    /// <summary>
    /// Rewrites the history of a database the old chain completed; returns true when it did. Throws
    /// <see cref="InvalidOperationException"/> for a database the old chain left part-way.
    /// </summary>
    public static async Task<bool> UpgradeAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await UpgradeAsync(db.Database.GetDbConnection(), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <inheritdoc cref="UpgradeAsync(DbContext, CancellationToken)"/>
    public static async Task<bool> UpgradeAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (await ScalarAsync(connection, null, $"SELECT to_regclass('{HistoryTable}') IS NOT NULL", cancellationToken) is not true)
        {
            return false;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Another portal starting at the same moment waits here, then finds the history rewritten.
        await ExecuteAsync(connection, transaction, $"LOCK TABLE {HistoryTable} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        var applied = await AppliedAsync(connection, transaction, cancellationToken);
        var oldApplied = OldMigrations.Where(applied.Contains).ToList();
        if (oldApplied.Count == 0 || SquashedMigrations.Any(applied.Contains))
        {
            return false;
        }

        if (!applied.Contains(LastOldMigration))
        {
            throw new InvalidOperationException(
                $"This database was migrated by an older CoopPortal only up to {oldApplied[^1]}. This release replaced the migrations up to " +
                $"{LastOldMigration} with one squashed migration and can upgrade a database only from that point. Upgrade the database first with " +
                $"the previous release, commit {PreviousReleaseCommit} (for example `git checkout {PreviousReleaseCommit}` and " +
                "`dotnet ef database update --project Migrations -- --connection \"...\"`, or start that version once with " +
                "Database__MigrateOnStartup=true), then start this release again. See docs/database-migrations.md.");
        }

        await ExecuteAsync(connection, transaction,
            $"DELETE FROM {HistoryTable} WHERE \"MigrationId\" IN ({string.Join(", ", OldMigrations.Select(id => $"'{id}'"))})", cancellationToken);
        foreach (var id in SquashedMigrations)
        {
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO {HistoryTable} (\"MigrationId\", \"ProductVersion\") VALUES ('{id}', '{ProductInfo.GetVersion()}')", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<HashSet<string>> AppliedAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"MigrationId\" FROM {HistoryTable}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
