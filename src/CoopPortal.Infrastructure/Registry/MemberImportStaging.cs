using CoopPortal.Application.Registry.Import;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoopPortal.Infrastructure.Registry;

/// <summary>
/// A member list on its way into <c>cooperative_members</c>: one connection and one transaction per import; the rows go
/// by binary COPY into a temporary table (dropped at commit) as the file is read, and are merged with one
/// INSERT ... ON CONFLICT at the end, with the audit line in the same transaction. Dispose without commit: nothing stays.
/// </summary>
internal sealed class MemberImportStaging(IDbContextFactory<AppDbContext> contexts) : IMemberImportStaging
{
    /// <summary>How long the COPY and the merge may take (a 600,000-member list merges in well under a minute).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public async Task<IMemberImportBatch> StartAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            db.Database.SetCommandTimeout(Timeout);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TEMP TABLE member_import_rows (cooperative_id uuid NOT NULL, national_code text NOT NULL, full_name text NOT NULL, shares bigint NOT NULL, joined_on date) ON COMMIT DROP",
                cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var importer = await connection.BeginBinaryImportAsync(
                "COPY member_import_rows (cooperative_id, national_code, full_name, shares, joined_on) FROM STDIN (FORMAT BINARY)", cancellationToken);
            importer.Timeout = Timeout;
            return new Batch(db, transaction, importer);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private sealed class Batch(AppDbContext db, IDbContextTransaction transaction, NpgsqlBinaryImporter importer) : IMemberImportBatch
    {
        private const string Merge = $"""
            WITH merged AS (
                INSERT INTO cooperative_members ("Id", "CooperativeId", "NationalCode", "FullName", "Shares", "JoinedOn", "Source", "Status", "RecordedAtUtc", "UpdatedAtUtc")
                SELECT gen_random_uuid(), cooperative_id, national_code, full_name, shares, joined_on, '{nameof(MembershipSource.Import)}', '{nameof(MembershipStatus.Member)}', @now, @now
                FROM member_import_rows
                ON CONFLICT ("CooperativeId", "NationalCode") DO UPDATE SET
                    "FullName" = EXCLUDED."FullName",
                    "Shares" = EXCLUDED."Shares",
                    "JoinedOn" = COALESCE(EXCLUDED."JoinedOn", cooperative_members."JoinedOn"),
                    "Status" = EXCLUDED."Status",
                    "UpdatedAtUtc" = EXCLUDED."UpdatedAtUtc"
                RETURNING (xmax = 0) AS added)
            SELECT count(*) FILTER (WHERE added)::int, count(*) FILTER (WHERE NOT added)::int FROM merged
            """;

        private bool _copying = true;

        public async ValueTask WriteAsync(Guid cooperativeId, string nationalCode, string fullName, long shares, DateOnly? joinedOn, CancellationToken cancellationToken)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(cooperativeId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(nationalCode, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(fullName, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(shares, NpgsqlDbType.Bigint, cancellationToken);
            if (joinedOn is { } day)
            {
                await importer.WriteAsync(day, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }
        }

        public async Task<MemberMergeCounts> CommitAsync(AuditEntry audit, DateTime nowUtc, CancellationToken cancellationToken)
        {
            await importer.CompleteAsync(cancellationToken);
            await importer.DisposeAsync();
            _copying = false;

            MemberMergeCounts counts;
            await using (var command = ((NpgsqlConnection)db.Database.GetDbConnection()).CreateCommand())
            {
                command.Transaction = (NpgsqlTransaction)transaction.GetDbTransaction();
                command.CommandTimeout = (int)Timeout.TotalSeconds;
                command.CommandText = Merge;
                command.Parameters.AddWithValue("now", NpgsqlDbType.TimestampTz, nowUtc);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                counts = new MemberMergeCounts(reader.GetInt32(0), reader.GetInt32(1));
            }

            db.AuditEntries.Add(audit);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return counts;
        }

        public async ValueTask DisposeAsync()
        {
            if (_copying)
            {
                // Not completed: disposing the importer cancels the COPY; the rollback below drops the table.
                try
                {
                    await importer.DisposeAsync();
                }
                catch (NpgsqlException)
                {
                    // The connection broke mid-COPY; the rollback (or the closed connection) leaves nothing behind.
                }
            }

            await transaction.DisposeAsync();
            await db.DisposeAsync();
        }
    }
}
