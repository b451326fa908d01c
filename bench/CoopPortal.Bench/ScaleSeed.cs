using System.Diagnostics;
using System.Globalization;
using CoopPortal.Domain.Formation;
using Npgsql;
using NpgsqlTypes;

namespace CoopPortal.Bench;

/// <summary>How long one step of the seed took and how many rows it wrote.</summary>
internal sealed record SeedStep(string What, long Rows, TimeSpan Elapsed);

/// <summary>One line of a case's history (a declaration's, an assembly's), with its statuses and action by name.</summary>
internal readonly record struct SeedCaseEvent(Guid Id, Guid CaseId, DateTime AtUtc, string ActorUserId, string Action, string From, string To, string? Comment, bool IsPublic);

/// <summary>
/// The national-scale seed for the statistics dashboard (issue 7): applicants and office staff, formation applications
/// over the last ten Jalali years with their histories, cooperatives (from approved applications and imported) and their
/// annual self-declarations with histories, written by binary COPY with explicit column lists (columns added later take
/// their defaults), their general assemblies with histories, then VACUUM ANALYZE. Deterministic for a given «now» and volumes (fixed random seed). Child tables the
/// dashboard does not read (members, documents, names, versions, officers) are left empty.
/// </summary>
internal static class ScaleSeed
{
    public const int ApplicantTag = 0x5eed0001;
    public const int StaffTag = 0x5eed0002;
    public const int ApplicationTag = 0x5eed0003;
    public const int EventTag = 0x5eed0004;
    public const int CooperativeTag = 0x5eed0005;
    public const int DeclarationTag = 0x5eed0006;
    public const int DeclarationEventTag = 0x5eed0007;
    public const int AssemblyTag = 0x5eed0008;
    public const int AssemblyEventTag = 0x5eed0009;

    private const int ApplicationChunk = 50_000;
    private const int CooperativeChunk = 20_000;

    private const string ApplicationColumns = "(\"Id\", \"ApplicantUserId\", \"ApplicantNationalCode\", \"TrackingCode\", \"Status\", \"CreatedAtUtc\", \"UpdatedAtUtc\", " +
        "\"SubmittedAtUtc\", \"ClaimedByUserId\", \"EscalatedAtUtc\", \"CorrectionRound\", \"SubmissionCount\", \"DeclarationAccepted\", \"ActivityDescription\", " +
        "\"Address\", \"PostalCode\", \"Phone\", \"ActivityTypeId\", \"OrientationId\", \"MembershipTypeId\", \"ProvinceId\", \"CountyId\", " +
        "\"FirstSubmittedAtUtc\", \"DecidedAtUtc\", \"StatusSinceUtc\")";

    private const string EventColumns = "(\"Id\", \"ApplicationId\", \"AtUtc\", \"ActorUserId\", \"Action\", \"FromStatus\", \"ToStatus\", \"Comment\", \"IsPublic\", \"FromStatusSinceUtc\")";

    /// <summary>
    /// What the portal keeps for the statistics but the bulk load does not write row by row: the registry's membership
    /// type (from the application) and members by gender (from the newest declaration), then the rollups the triggers
    /// would have kept (the load runs with triggers off).
    /// </summary>
    private const string StatisticsFill = """
        UPDATE cooperatives c SET "MembershipTypeId" = a."MembershipTypeId"
        FROM formation_applications a WHERE a."Id" = c."FormationApplicationId";
        UPDATE cooperatives SET "MembershipTypeId" = 1 + abs(hashtext("Id"::text)) % 3 WHERE "MembershipTypeId" IS NULL;
        UPDATE cooperatives c SET
            "MembersCount" = (d."Content"->>'membersTotal')::integer,
            "MembersWomen" = (d."Content"->>'membersWomen')::integer,
            "MembersMen" = (d."Content"->>'membersMen')::integer,
            "MembersDeclaredForYear" = d."FiscalYear"
        FROM (
            SELECT DISTINCT ON ("CooperativeId") "CooperativeId", "FiscalYear", "Content"
            FROM self_declarations
            WHERE "Status" <> 'Draft' AND jsonb_typeof("Content"->'membersTotal') = 'number'
            ORDER BY "CooperativeId", "FiscalYear" DESC) d
        WHERE d."CooperativeId" = c."Id";
        SELECT coopportal_statistics_rebuild();
        """;

    public static async Task<List<SeedStep>> RunAsync(string connectionString, int applications, int cooperatives, int assemblies, DateTime nowUtc, Action<string> log)
    {
        var steps = new List<SeedStep>();
        var watch = Stopwatch.StartNew();
        void Step(string what, long rows)
        {
            steps.Add(new SeedStep(what, rows, watch.Elapsed));
            log(string.Create(CultureInfo.InvariantCulture, $"{what}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s"));
            watch.Restart();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // Bulk load without the per-row foreign key triggers (each would look up and lock its parent row); every
        // foreign key the seed fills is checked afterwards in one set-based pass (VerifyAsync).
        await ExecuteAsync(connection, "SET session_replication_role = replica");
        var random = new Random(1405);
        var reference = await ScaleSeedReference.LoadAsync(connection, random);
        var staff = new ScaleSeedStaff(reference);
        var fromUtc = ScaleSeedValues.YearStartUtc(ScaleSeedValues.JalaliYearOf(nowUtc) - 9);

        // Creation times grow over the ten years (density rising linearly to twice the first year's); about 1.7 applications per applicant.
        var span = nowUtc - fromUtc;
        var created = new DateTime[applications];
        var applicantOf = new int[applications];
        var applicantSince = new DateTime[Math.Max(1, applications * 3 / 5)];
        Array.Fill(applicantSince, DateTime.MaxValue);
        for (var i = 0; i < applications; i++)
        {
            created[i] = fromUtc + (span * (Math.Sqrt(1 + (3 * random.NextDouble())) - 1));
            applicantOf[i] = random.Next(applicantSince.Length);
            var since = created[i] - random.Days(3);
            applicantSince[applicantOf[i]] = since < applicantSince[applicantOf[i]] ? since : applicantSince[applicantOf[i]];
        }

        for (var i = 0; i < applicantSince.Length; i++)
        {
            applicantSince[i] = applicantSince[i] == DateTime.MaxValue ? fromUtc + (span * random.NextDouble()) : applicantSince[i];
        }

        await staff.WriteAsync(connection, applicantSince, random);
        Step("AspNetUsers (applicants and office staff, with roles)", applicantSince.Length + staff.StaffCount);

        var generator = new ScaleSeedApplications(reference, staff, nowUtc);
        var approved = new List<ApprovedApplication>();
        for (var start = 0; start < applications; start += ApplicationChunk)
        {
            var chunk = new List<SeedApplication>(ApplicationChunk);
            for (var i = start; i < Math.Min(applications, start + ApplicationChunk); i++)
            {
                var application = generator.Generate(i, applicantOf[i], created[i], random);
                chunk.Add(application);
                if (application is { Status: Domain.Formation.ApplicationStatus.Approved, ApprovedAtUtc: { } at, ProvinceId: { } province })
                {
                    approved.Add(new ApprovedApplication(application.Id, province, application.County, application.Orientation, application.ActivityTypeId, at, application.ApplicantIndex));
                }
            }

            await WriteApplicationsAsync(connection, chunk);
        }

        Step(string.Create(CultureInfo.InvariantCulture, $"formation_applications and their {generator.EventCount:N0} application_events"), applications + generator.EventCount);

        var registry = new ScaleSeedRegistry(reference, nowUtc);
        var registered = await registry.WriteCooperativesAsync(connection, approved, cooperatives, fromUtc, applicantSince.Length, random);
        Step(string.Create(CultureInfo.InvariantCulture, $"cooperatives ({registered.Count(c => c.FromPortal):N0} from approved applications)"), registered.Count);

        var declarations = new ScaleSeedDeclarationRows(staff, new ScaleSeedDeclarations(), nowUtc);
        for (var start = 0; start < registered.Count; start += CooperativeChunk)
        {
            await declarations.WriteAsync(connection, registered.Skip(start).Take(CooperativeChunk), random);
        }

        Step(string.Create(CultureInfo.InvariantCulture, $"self_declarations and their {declarations.Events:N0} declaration_events"), declarations.Declarations + declarations.Events);

        // A random source of their own, so the data before them is what it was before they were seeded.
        var meetings = new ScaleSeedAssemblies(staff, nowUtc);
        await meetings.WriteAsync(connection, registered, assemblies, fromUtc, new Random(19));
        Step(string.Create(CultureInfo.InvariantCulture, $"general_assemblies and their {meetings.Events:N0} general_assembly_events"), meetings.Assemblies + meetings.Events);

        await ExecuteAsync(connection, "SET session_replication_role = DEFAULT");
        await ExecuteAsync(connection, StatisticsFill);
        Step("statistics: membership types, declared members, rollups", 0);
        var constraints = await VerifyAsync(connection);
        Step($"foreign keys checked afterwards ({constraints} constraints, no orphan rows)", 0);
        await ExecuteAsync(connection, "VACUUM ANALYZE");
        Step("VACUUM ANALYZE", 0);
        return steps;
    }

    /// <summary>
    /// Checks every foreign key of the tables the seed wrote, as PostgreSQL would have row by row: each referencing value
    /// must exist in the referenced table. Returns the number of constraints checked; throws on the first orphan.
    /// </summary>
    private static async Task<long> VerifyAsync(NpgsqlConnection connection)
    {
        const string Constraints = """
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, a.attname, fa.attname
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
            WHERE c.contype = 'f' AND cardinality(c.conkey) = 1
              AND c.conrelid::regclass::text IN ('"AspNetUserRoles"', 'formation_applications', 'application_events', 'cooperatives', 'self_declarations', 'declaration_events',
                'general_assemblies', 'general_assembly_events')
            """;
        var keys = new List<(string Table, string Parent, string Column, string ParentColumn)>();
        await using (var command = new NpgsqlCommand(Constraints, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        foreach (var (table, parent, column, parentColumn) in keys)
        {
            var sql = $"SELECT count(*) FROM {table} t WHERE t.\"{column}\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.\"{parentColumn}\" = t.\"{column}\")";
            await using var check = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            if ((long)(await check.ExecuteScalarAsync())! is var orphans and > 0)
            {
                throw new InvalidOperationException($"The seed left {orphans} rows of {table}.{column} without a {parent}.");
            }
        }

        return keys.Count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WriteApplicationsAsync(NpgsqlConnection connection, List<SeedApplication> chunk)
    {
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY formation_applications {ApplicationColumns} FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in chunk)
            {
                writer.StartRow();
                writer.Write(a.Id, NpgsqlDbType.Uuid);
                writer.Write(ScaleSeedStaff.ApplicantId(a.ApplicantIndex), NpgsqlDbType.Varchar);
                writer.Write(ScaleSeedStaff.ApplicantNationalCode(a.ApplicantIndex), NpgsqlDbType.Varchar);
                WriteText(writer, a.TrackingCode);
                writer.Write(a.Status.ToString(), NpgsqlDbType.Varchar);
                writer.Write(a.CreatedAtUtc, NpgsqlDbType.TimestampTz);
                writer.Write(a.UpdatedAtUtc, NpgsqlDbType.TimestampTz);
                WriteNullable(writer, a.SubmittedAtUtc, NpgsqlDbType.TimestampTz);
                WriteText(writer, a.ClaimedByUserId);
                WriteNullable(writer, a.EscalatedAtUtc, NpgsqlDbType.TimestampTz);
                writer.Write(a.CorrectionRound, NpgsqlDbType.Integer);
                writer.Write(a.SubmissionCount, NpgsqlDbType.Integer);
                writer.Write(a.DeclarationAccepted, NpgsqlDbType.Boolean);
                writer.Write(a.ActivityDescription, NpgsqlDbType.Varchar);
                writer.Write(a.Address, NpgsqlDbType.Varchar);
                writer.Write(a.PostalCode, NpgsqlDbType.Varchar);
                writer.Write(a.Phone, NpgsqlDbType.Varchar);
                WriteNullable(writer, a.ActivityTypeId, NpgsqlDbType.Integer);
                WriteNullable(writer, a.Orientation?.Id, NpgsqlDbType.Integer);
                WriteNullable(writer, a.MembershipTypeId, NpgsqlDbType.Integer);
                WriteNullable(writer, a.ProvinceId, NpgsqlDbType.Integer);
                WriteNullable(writer, a.County?.Id, NpgsqlDbType.Integer);
                WriteNullable<DateTime>(writer, a.Events.FirstOrDefault(e => e.Action == WorkflowAction.Submit).AtUtc is var first && first != default ? first : (DateTime?)null, NpgsqlDbType.TimestampTz);
                WriteNullable<DateTime>(writer, a.Events.LastOrDefault(e => e.Action is WorkflowAction.Approve or WorkflowAction.Reject).AtUtc is var decided && decided != default ? decided : (DateTime?)null, NpgsqlDbType.TimestampTz);
                writer.Write(a.Events.LastOrDefault(e => e.From != e.To).AtUtc is var since && since != default ? since : a.CreatedAtUtc, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using var events = await connection.BeginBinaryImportAsync($"COPY application_events {EventColumns} FROM STDIN (FORMAT BINARY)");
        foreach (var a in chunk)
        {
            var statusSince = a.CreatedAtUtc; // when the status each line leaves began, as the aggregate records it
            foreach (var e in a.Events)
            {
                events.StartRow();
                events.Write(e.Id, NpgsqlDbType.Uuid);
                events.Write(a.Id, NpgsqlDbType.Uuid);
                events.Write(e.AtUtc, NpgsqlDbType.TimestampTz);
                events.Write(e.ActorUserId, NpgsqlDbType.Varchar);
                events.Write(e.Action.ToString(), NpgsqlDbType.Varchar);
                events.Write(e.From.ToString(), NpgsqlDbType.Varchar);
                events.Write(e.To.ToString(), NpgsqlDbType.Varchar);
                WriteText(events, e.Comment);
                events.Write(e.IsPublic, NpgsqlDbType.Boolean);
                events.Write(statusSince, NpgsqlDbType.TimestampTz);
                if (e.From != e.To)
                {
                    statusSince = e.AtUtc;
                }
            }
        }

        await events.CompleteAsync();
    }

    /// <summary>Writes history lines to a case's event table (<paramref name="caseColumn"/>: its key to the case).</summary>
    public static async Task WriteCaseEventsAsync(NpgsqlConnection connection, string table, string caseColumn, IEnumerable<SeedCaseEvent> events)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {table} (\"Id\", \"{caseColumn}\", \"AtUtc\", \"ActorUserId\", \"Action\", \"FromStatus\", \"ToStatus\", \"Comment\", \"IsPublic\") FROM STDIN (FORMAT BINARY)");
        foreach (var e in events)
        {
            writer.StartRow();
            writer.Write(e.Id, NpgsqlDbType.Uuid);
            writer.Write(e.CaseId, NpgsqlDbType.Uuid);
            writer.Write(e.AtUtc, NpgsqlDbType.TimestampTz);
            writer.Write(e.ActorUserId, NpgsqlDbType.Varchar);
            writer.Write(e.Action, NpgsqlDbType.Varchar);
            writer.Write(e.From, NpgsqlDbType.Varchar);
            writer.Write(e.To, NpgsqlDbType.Varchar);
            WriteText(writer, e.Comment);
            writer.Write(e.IsPublic, NpgsqlDbType.Boolean);
        }

        await writer.CompleteAsync();
    }

    public static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public static void WriteText(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }
}
