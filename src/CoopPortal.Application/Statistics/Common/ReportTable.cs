namespace CoopPortal.Application.Statistics.Common;

/// <summary>How a column's cells are written: text as is, counts as whole numbers, days with one decimal, dates in Jalali.</summary>
public enum ReportColumnKind
{
    Text,
    Number,
    Days,
    Date,
}

/// <summary>One column of a statistics table: its Persian header and how its cells are written.</summary>
public sealed record ReportColumn(string Title, ReportColumnKind Kind = ReportColumnKind.Text);

/// <summary>
/// One table of the statistics page, the unit every export works on (CSV, Excel, PDF). Cells hold
/// <see cref="string"/> for text, <see cref="long"/> for counts, <see cref="double"/> for days and <see cref="DateOnly"/>
/// for dates (null: no value, written empty or «—»). <paramref name="Total"/> is the optional last «جمع» row.
/// </summary>
/// <param name="Key">A stable ASCII key, used in export addresses and file names (for example "applications-by-status").</param>
public sealed record ReportTable(
    string Key,
    string Title,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<object?>? Total = null);

/// <summary>The statistics of one scope (a province or the country) for one Jalali year, as tables.</summary>
/// <param name="Scope">The Persian name of what the numbers cover: a province's name or «کل کشور».</param>
/// <param name="Year">The Solar Hijri year the yearly tables cover.</param>
/// <param name="GeneratedAtUtc">When the numbers were read.</param>
public sealed record StatisticsReport(string Scope, int Year, DateTime GeneratedAtUtc, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>The table with this key, or null.</summary>
    public ReportTable? Find(string key) => Tables.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
