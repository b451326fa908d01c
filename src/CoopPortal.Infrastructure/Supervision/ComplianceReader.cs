using System.Runtime.CompilerServices;
using System.Text;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Supervision;

/// <summary>
/// The compliance rule in one SQL pass (ADR 8, update of issue 7): each cooperative of the scope, the number of window
/// years it owes (those ending after its registration instant, counted against the years' end instants passed as
/// <c>timestamptz[]</c>) and how many of those it has sent (a left join on the partial index of sent declarations).
/// A page is that relation filtered, ordered and cut in SQL, with the scope's totals carried as window aggregates (one
/// pass); when the page is empty the totals are one aggregate of their own.
/// </summary>
internal sealed class ComplianceReader(IReadOnlyDbContextFactory reads) : IComplianceReader
{
    public async Task<ComplianceCounts> CountAsync(ComplianceWindow window, int? provinceId, int? countyId, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder();
        sql.Append("WITH owing AS (").Owing(window, provinceId, countyId).Append(") SELECT count(*)::int AS \"Cooperatives\", ")
            .Append("count(*) FILTER (WHERE \"Filed\" < \"Required\")::int AS \"Overdue\", ")
            .Append("count(*) FILTER (WHERE \"Dormant\")::int AS \"PossiblyDormant\", ")
            .Append("count(*) FILTER (WHERE \"AssemblyHeldOn\" IS NOT NULL)::int AS \"AssemblyHeld\" FROM owing");
        var counts = await reads.ReadReportAsync(db => db.Database.SqlQuery<CountsRow>(sql.Build()).SingleAsync(cancellationToken), cancellationToken);
        return new ComplianceCounts(counts.Cooperatives, counts.Overdue, counts.PossiblyDormant, counts.AssemblyHeld);
    }

    public async Task<ComplianceRows> PageAsync(ComplianceWindow window, int? provinceId, int? countyId, ComplianceRowsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (rows, page) = await reads.ReadReportAsync(async db =>
        {
            var page = Math.Max(1, request.Page);
            var rows = await ReadAsync(db, window, provinceId, countyId, request, page, cancellationToken);
            if (rows.Count == 0 && page > 1)
            {
                // Past the end (the list shrank since the page was shown): count on the first page, then show the last one.
                var first = await ReadAsync(db, window, provinceId, countyId, request, 1, cancellationToken);
                var matching = first.Count == 0 ? 0 : first[0].Matching;
                page = Math.Max(1, (matching + request.PageSize - 1) / request.PageSize);
                rows = page == 1 ? first : await ReadAsync(db, window, provinceId, countyId, request, page, cancellationToken);
            }

            return (rows, page);
        }, cancellationToken);

        return new ComplianceRows(
            rows.Count == 0 ? 0 : rows[0].Matching,
            rows.Count == 0 ? 1 : page,
            rows.Select(r => new ComplianceRow(r.Id, r.Name, r.RegistrationNumber, r.CountyId, r.Required, r.Dormant, r.LastDeclaredYear, r.AssemblyHeldOn, Enum.Parse<CooperativeStatus>(r.Status))).ToList())
        {
            Counts = rows.Count == 0 ? null : new ComplianceCounts(rows[0].AllCooperatives, rows[0].AllOverdue, rows[0].AllDormant, rows[0].AllAssemblyHeld),
        };
    }

    private static Task<List<PageRow>> ReadAsync(
        IAppDbContext db, ComplianceWindow window, int? provinceId, int? countyId, ComplianceRowsRequest request, int page, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder();
        // The scope's totals ride along as window aggregates over the whole relation, so one pass gives both.
        sql.Append("WITH owing AS (").Owing(window, provinceId, countyId).Append("), counted AS (SELECT o.*, count(*) OVER ()::int AS \"AllCooperatives\", ")
            .Append("(count(*) FILTER (WHERE \"Filed\" < \"Required\") OVER ())::int AS \"AllOverdue\", ")
            .Append("(count(*) FILTER (WHERE \"Dormant\") OVER ())::int AS \"AllDormant\", ")
            .Append("(count(*) FILTER (WHERE \"AssemblyHeldOn\" IS NOT NULL) OVER ())::int AS \"AllAssemblyHeld\" FROM owing o) ")
            .Append("SELECT p.*, (SELECT max(s.\"FiscalYear\") FROM self_declarations s WHERE s.\"CooperativeId\" = p.\"Id\" AND s.\"Status\" <> 'Draft') AS \"LastDeclaredYear\" ")
            .Append("FROM (SELECT \"Id\", \"Name\", \"RegistrationNumber\", \"CountyId\", \"Status\", \"Required\", \"Filed\", \"Dormant\", \"AssemblyHeldOn\", ")
            .Append("\"AllCooperatives\", \"AllOverdue\", \"AllDormant\", \"AllAssemblyHeld\", count(*) OVER ()::int AS \"Matching\" FROM counted WHERE \"Filed\" < \"Required\"");
        if (request.DormantOnly)
        {
            sql.Append(" AND \"Dormant\"");
        }

        var name = string.IsNullOrEmpty(request.NameKey) ? null : "%" + EscapeLike(request.NameKey) + "%";
        var number = string.IsNullOrEmpty(request.RegistrationNumber) ? null : "%" + EscapeLike(request.RegistrationNumber) + "%";
        if (name is not null || number is not null)
        {
            sql.Append(" AND (").Append(name is null ? "false" : "\"NameKey\" LIKE ").ParameterIf(name).Append(" OR ")
                .Append(number is null ? "false" : "\"RegistrationNumber\" LIKE ").ParameterIf(number).Append(")");
        }

        sql.Append(" ORDER BY \"Dormant\" DESC, \"Required\" - \"Filed\" DESC, \"Name\", \"Id\" LIMIT ").Parameter(request.PageSize)
            .Append(" OFFSET ").Parameter((page - 1) * request.PageSize)
            .Append(") p ORDER BY p.\"Dormant\" DESC, p.\"Required\" - p.\"Filed\" DESC, p.\"Name\", p.\"Id\"");
        return db.Database.SqlQuery<PageRow>(sql.Build()).ToListAsync(cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>SQL text with numbered parameters, made into the FormattableString EF Core sends as a parameterized command.</summary>
    private sealed class SqlBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<object> _values = [];

        public SqlBuilder Append(string text)
        {
            _text.Append(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
            return this;
        }

        public SqlBuilder Parameter(object value)
        {
            _text.Append('{').Append(_values.Count).Append('}');
            _values.Add(value);
            return this;
        }

        public SqlBuilder ParameterIf(object? value) => value is null ? this : Parameter(value);

        /// <summary>
        /// Each cooperative of the scope with the years of the window it owes (<c>Required</c>) and has sent
        /// (<c>Filed</c>), and whether it is possibly dormant (<c>Dormant</c>: owes every year of the window, sent none;
        /// the one place that rule is written; never a cooperative whose dissolution was decided: <c>Status</c>). The sent declarations come through the partial index of sent ones.
        /// <c>AssemblyHeldOn</c> is the day of the ordinary assembly of the window's latest year the portal recorded: the
        /// first confirmed annual ordinary one held after that year ended and before the next ended, as
        /// <see cref="Application.Supervision.Common.RecordedFacts"/> reads it for the pre-fill and the risk rules.
        /// </summary>
        public SqlBuilder Owing(ComplianceWindow window, int? provinceId, int? countyId)
        {
            var (after, until) = window.AssemblyDays;
            Append("SELECT c.\"Id\", c.\"Name\", c.\"NameKey\", c.\"RegistrationNumber\", c.\"CountyId\", c.\"Status\", o.\"Required\", count(d.\"FiscalYear\")::int AS \"Filed\", ")
                .Append("(o.\"Required\" = ").Parameter(window.Years).Append(" AND count(d.\"FiscalYear\") = 0 AND c.\"Status\" IN (")
                .Parameter(nameof(CooperativeStatus.Active)).Append(", ").Parameter(nameof(CooperativeStatus.DormancyCaseOpen))
                .Append(")) AS \"Dormant\", ga.\"HeldOn\" AS \"AssemblyHeldOn\" ")
                .Append("FROM cooperatives c CROSS JOIN LATERAL (SELECT count(*)::int AS \"Required\" FROM unnest(").Parameter(window.YearEndsUtc.ToArray())
                .Append("::timestamptz[]) AS e(ends_at) WHERE e.ends_at > c.\"RegisteredAtUtc\") o ")
                .Append("LEFT JOIN (SELECT a.\"CooperativeId\", min(a.\"MeetingOn\") AS \"HeldOn\" FROM general_assemblies a WHERE a.\"Status\" = ")
                .Parameter(nameof(GeneralAssemblyStatus.Confirmed)).Append(" AND a.\"Kind\" = ").Parameter(nameof(GeneralAssemblyKind.Ordinary))
                .Append(" AND a.\"MeetingOn\" > ").Parameter(after).Append(" AND a.\"MeetingOn\" <= ").Parameter(until);
            if (provinceId is { } assemblyProvince)
            {
                Append(" AND a.\"ProvinceId\" = ").Parameter(assemblyProvince);
            }

            Append(" GROUP BY a.\"CooperativeId\") ga ON ga.\"CooperativeId\" = c.\"Id\" ")
                .Append("LEFT JOIN self_declarations d ON d.\"CooperativeId\" = c.\"Id\" AND d.\"Status\" <> 'Draft' AND d.\"FiscalYear\" >= ").Parameter(window.FirstYear)
                .Append(" AND d.\"FiscalYear\" <= ").Parameter(window.LatestDue)
                .Append(" AND d.\"FiscalYear\" > ").Parameter(window.LatestDue).Append(" - o.\"Required\"");
            if (provinceId is { } province)
            {
                Append(" AND d.\"ProvinceId\" = ").Parameter(province).Append(" WHERE c.\"ProvinceId\" = ").Parameter(province);
                if (countyId is { } county)
                {
                    // A county office's list: the cooperatives of its county (OfficeScope).
                    Append(" AND c.\"CountyId\" = ").Parameter(county);
                }
            }

            return Append(" GROUP BY c.\"Id\", o.\"Required\", ga.\"HeldOn\"");
        }

        public FormattableString Build() => FormattableStringFactory.Create(_text.ToString(), [.. _values]);
    }

    private sealed class CountsRow
    {
        public int Cooperatives { get; set; }

        public int Overdue { get; set; }

        public int PossiblyDormant { get; set; }

        public int AssemblyHeld { get; set; }
    }

    private sealed class PageRow
    {
        public Guid Id { get; set; }

        public string Name { get; set; } = string.Empty;

        public string? RegistrationNumber { get; set; }

        public int? CountyId { get; set; }

        public int Required { get; set; }

        public int Matching { get; set; }

        public int AllCooperatives { get; set; }

        public int AllOverdue { get; set; }

        public int AllDormant { get; set; }

        public int AllAssemblyHeld { get; set; }

        public DateOnly? AssemblyHeldOn { get; set; }

        public bool Dormant { get; set; }

        public string Status { get; set; } = nameof(CooperativeStatus.Active);

        public int? LastDeclaredYear { get; set; }
    }
}
