namespace CoopPortal.Application.Statistics.Common;

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
