using System.Diagnostics;
using System.Globalization;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Application.Supervision.DeclarationQueue;
using CoopPortal.Domain.Users;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopPortal.Bench;

/// <summary>
/// The statistics dashboard (issue 7) at national scale: seeds <see cref="ScaleSeed"/> into the portal's throwaway
/// database, then times <see cref="DashboardQuery.HandleAsync"/> as an admin (the country) and as the head of office of
/// the biggest province (Tehran) and of a small one (Ilam), for the current Jalali year and one five years back, and the
/// statement of the general assemblies per county alone (issue 19: captured from one call, run again with its parameters
/// as the dashboard runs it). With <c>--explain</c> every statement the dashboard runs is shown under EXPLAIN (ANALYZE, BUFFERS); with
/// <c>--indexes FILE</c> (repeatable) the statements of each FILE are run in turn (candidate indexes, settings) and
/// everything is measured again after each.
/// </summary>
internal static class DashboardBench
{
    private const int Tehran = 8;
    private const int Ilam = 6;

    private static readonly string[] Tables =
        ["formation_applications", "application_events", "cooperatives", "self_declarations", "declaration_events", "general_assemblies", "general_assembly_events", "AspNetUsers", "AspNetUserRoles"];

    public static async Task<List<(string What, string Figure)>> RunAsync(int applications, int cooperatives, int assemblies, int samples, bool explain, IReadOnlyList<string> changes)
    {
        var rows = new List<(string, string)>();
        void Row(string what, string figure)
        {
            rows.Add((what, figure));
            Log($"{what}: {figure}");
        }

        var capture = new SqlCapture();
        var settings = new Dictionary<string, string?> { ["Review:EscalationIntervalMinutes"] = "43200" }; // no escalation sweep while timing
        using var factory = new CapturingPortalFactory(capture, settings);
        var services = factory.Services;
        var nowUtc = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var steps = await ScaleSeed.RunAsync(factory.ConnectionString, applications, cooperatives, assemblies, nowUtc, Log);
        Row(string.Create(CultureInfo.InvariantCulture, $"seed {applications:N0} applications, {cooperatives:N0} cooperatives and {assemblies:N0} general assemblies (COPY + VACUUM ANALYZE)"), Seconds(watch.Elapsed));
        foreach (var step in steps)
        {
            Row($"  {step.What}", string.Create(CultureInfo.InvariantCulture, $"{step.Rows:N0} rows, {step.Elapsed.TotalSeconds:0.0} s"));
        }

        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var line in await DistributionAsync(connection))
            {
                Row("  " + line.What, line.Figure);
            }

            foreach (var table in Tables)
            {
                Row($"size of {table} (table + indexes)", await SizeAsync(connection, table));
            }
        }

        var currentYear = ScaleSeedValues.JalaliYearOf(nowUtc);
        (string Name, ICurrentUser User, int? Province, int Year)[] scenarios =
        [
            ("admin, whole country, current year", Staff(Roles.Admin, null), null, currentYear),
            ("admin, whole country, year " + (currentYear - 5), Staff(Roles.Admin, null), null, currentYear - 5),
            ("head of office, Tehran (largest), current year", Staff(Roles.HeadOfOffice, Tehran), null, currentYear),
            ("head of office, Tehran (largest), year " + (currentYear - 5), Staff(Roles.HeadOfOffice, Tehran), null, currentYear - 5),
            ("head of office, Ilam (small), current year", Staff(Roles.HeadOfOffice, Ilam), null, currentYear),
            ("head of office, Ilam (small), year " + (currentYear - 5), Staff(Roles.HeadOfOffice, Ilam), null, currentYear - 5),
        ];

        var plans = new List<string>();
        await MeasureAsync(services, factory.ConnectionString, capture, scenarios, samples, explain, string.Empty, Row, plans);
        await MeasureSupervisionListsAsync(services, samples, Row);
        var applied = new List<string>();
        foreach (var file in changes)
        {
            watch.Restart();
            await using (var connection = new NpgsqlConnection(factory.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(file) + ";\nANALYZE;", connection) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync();
                Row($"run {Path.GetFileName(file)} (+ ANALYZE)", Seconds(watch.Elapsed));
                foreach (var table in Tables.Where(t => !t.StartsWith("AspNet", StringComparison.Ordinal)))
                {
                    Row($"size of {table} (table + indexes), after {Path.GetFileName(file)}", await SizeAsync(connection, table));
                }
            }

            NpgsqlConnection.ClearAllPools(); // settings changed by the file (ALTER DATABASE ... SET) apply to new sessions
            applied.Add(Path.GetFileName(file));
            await MeasureAsync(services, factory.ConnectionString, capture, scenarios, samples, explain, $", with {string.Join(" + ", applied)}", Row, plans);
        }

        foreach (var plan in plans)
        {
            Console.WriteLine(plan);
        }

        return rows;
    }

    private static async Task MeasureAsync(
        IServiceProvider services, string connectionString, SqlCapture capture, (string Name, ICurrentUser User, int? Province, int Year)[] scenarios, int samples,
        bool explain, string suffix, Action<string, string> row, List<string> plans)
    {
        foreach (var (name, user, province, year) in scenarios)
        {
            await using var scope = services.CreateAsyncScope();
            var dashboard = ActivatorUtilities.CreateInstance<DashboardQuery>(scope.ServiceProvider, new BenchUser(user));
            async Task Once()
            {
                var result = await dashboard.HandleAsync(province, year, default);
                if (result.Value is null)
                {
                    throw new InvalidOperationException($"The dashboard refused {name}.");
                }
            }

            row($"dashboard, {name}{suffix} (p50 / p95 / max)", await TimeAsync(samples, Once));
            capture.Take();
            capture.Enabled = true;
            await Once();
            capture.Enabled = false;
            var statements = capture.Take();
            var assemblies = statements.Single(s => s.Sql.Contains("FROM general_assemblies", StringComparison.Ordinal));
            row($"  the general assemblies per county alone, {name}{suffix} (p50 / p95 / max)", await TimeAsync(samples, () => SqlCapture.ReadAsync(connectionString, assemblies)));
            if (explain)
            {
                plans.Add($"### {name}{suffix}: {statements.Count} statements");
                foreach (var statement in statements.Where(s => !s.Sql.StartsWith("SET ", StringComparison.Ordinal))) // the reads' transaction settings
                {
                    plans.Add($"```sql\n{statement.Sql}\n```\nparameters: {string.Join(", ", statement.Parameters.Select(p => $"{p.ParameterName}={Format(p.Value)}"))}\n```\n{await SqlCapture.ExplainAsync(connectionString, statement)}```\n");
                }
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var admin = new BenchUser(Staff(Roles.Admin, null));
            var dashboard = ActivatorUtilities.CreateInstance<DashboardQuery>(scope.ServiceProvider, admin);
            var report = ActivatorUtilities.CreateInstance<StatisticsReportQuery>(scope.ServiceProvider, dashboard);
            row($"statistics report (the dashboard as tables), admin, Tehran, current year{suffix} (p50 / p95 / max)", await TimeAsync(samples, async () =>
            {
                if ((await report.HandleAsync(Tehran, null, default)).Value is null)
                {
                    throw new InvalidOperationException("The statistics report was refused.");
                }
            }));
        }
    }

    /// <summary>
    /// The office lists of issue 6 on the same national data: the compliance list (overdue and possibly dormant
    /// cooperatives) for the country and for Tehran, and Tehran's declarations queue (the 500 highest risks).
    /// </summary>
    private static async Task MeasureSupervisionListsAsync(IServiceProvider services, int samples, Action<string, string> row)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var (name, user) in new[] { ("admin, whole country", Staff(Roles.Admin, null)), ("reviewer, Tehran", Staff(Roles.Reviewer, Tehran)) })
        {
            var compliance = ActivatorUtilities.CreateInstance<ComplianceQuery>(scope.ServiceProvider, new BenchUser(user));
            var report = await compliance.HandleAsync(new ComplianceFilter(), default);
            row(string.Create(CultureInfo.InvariantCulture, $"compliance list, {name} ({report.Overdue:N0} overdue of {report.Cooperatives:N0}, first page of {report.PageSize}) (p50 / p95 / max)"),
                await TimeAsync(Math.Min(samples, 10), () => compliance.HandleAsync(new ComplianceFilter(), default)));
        }

        var queue = ActivatorUtilities.CreateInstance<DeclarationQueueQuery>(scope.ServiceProvider, new BenchUser(Staff(Roles.Reviewer, Tehran)));
        row("declarations queue, reviewer, Tehran, first page of 100, highest risk first (p50 / p95 / max)", await TimeAsync(samples, () => queue.HandleAsync(new DeclarationQueueFilter(), default)));
        row("declarations queue, reviewer, Tehran, searched by name (p50 / p95 / max)", await TimeAsync(samples, () => queue.HandleAsync(new DeclarationQueueFilter(Search: "مصرف"), default)));
    }

    /// <summary>One warm-up call, then <paramref name="count"/> timed calls: p50 / p95 / max.</summary>
    private static async Task<string> TimeAsync(int count, Func<Task> action)
    {
        var samples = await Bench.SamplesAsync(count, action);
        return Bench.Percentiles(samples).Replace(" (n=", string.Create(CultureInfo.InvariantCulture, $" / {samples.Max():0.0} ms (n="), StringComparison.Ordinal);
    }

    private static async Task<List<(string What, string Figure)>> DistributionAsync(NpgsqlConnection connection)
    {
        var lines = new List<(string, string)>();
        foreach (var (what, sql) in new[]
        {
            ("applications by status", "SELECT \"Status\", count(*) FROM formation_applications GROUP BY 1 ORDER BY 2 DESC"),
            ("applications, largest and smallest province", "(SELECT \"ProvinceId\"::text, count(*) FROM formation_applications WHERE \"ProvinceId\" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1) UNION ALL (SELECT \"ProvinceId\"::text, count(*) FROM formation_applications WHERE \"ProvinceId\" IS NOT NULL GROUP BY 1 ORDER BY 2 LIMIT 1)"),
            ("cooperatives by source", "SELECT \"Source\", count(*) FROM cooperatives GROUP BY 1 ORDER BY 2 DESC"),
            ("declarations by status", "SELECT \"Status\", count(*) FROM self_declarations GROUP BY 1 ORDER BY 2 DESC"),
            ("declarations by risk", "SELECT coalesce(\"RiskBand\", '-'), count(*) FROM self_declarations GROUP BY 1 ORDER BY 2 DESC"),
            ("general assemblies by status", "SELECT \"Status\", count(*) FROM general_assemblies GROUP BY 1 ORDER BY 2 DESC"),
            ("general assemblies by Jalali year of the meeting", "SELECT y.\"Year\"::text, count(*) FROM general_assemblies a CROSS JOIN LATERAL (SELECT max(\"Year\") AS \"Year\" FROM jalali_years WHERE (\"StartsUtc\" AT TIME ZONE 'Asia/Tehran')::date <= a.\"MeetingOn\") y GROUP BY 1 ORDER BY 1"),
            ("general assemblies with an observer / with irregularities reported", "SELECT 'observer', count(*) FROM general_assemblies WHERE \"ObserverUserId\" IS NOT NULL UNION ALL SELECT 'irregularities', count(DISTINCT \"AssemblyId\") FROM general_assembly_events WHERE \"Action\" = 'ReportIrregularities'"),
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            var parts = new List<string>();
            while (await reader.ReadAsync())
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)} {reader.GetInt64(1):N0}"));
            }

            lines.Add((what, string.Join("; ", parts)));
        }

        return lines;
    }

    private static async Task<string> SizeAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT pg_size_pretty(pg_total_relation_size(@t)), pg_size_pretty(pg_relation_size(@t)), pg_size_pretty(pg_indexes_size(@t))", connection);
        command.Parameters.AddWithValue("t", $"\"{table}\"");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetString(0)} ({reader.GetString(1)} + indexes {reader.GetString(2)})";
    }

    private static CurrentUserSnapshot Staff(string role, int? province) => new($"bench-{role.ToLowerInvariant()}", new HashSet<string> { role }, province);

    private static string Format(object? value) => value switch
    {
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => "{" + string.Join(",", list.Cast<object?>().Select(Format)) + "}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        null => "NULL",
        _ => value.ToString() ?? string.Empty,
    };

    private static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s");

    private static void Log(string line) => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {line}");

    private sealed class BenchUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
