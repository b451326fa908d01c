using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Statistics.Common;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>A table as printed: header, rows and total as text, and which columns hold numbers (aligned as numbers).</summary>
public sealed record PrintedTable(
    string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<bool> NumericColumns,
    IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Total)
{
    public static PrintedTable From(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new PrintedTable(
            table.Key,
            PersianFormat.Digits(table.Title),
            table.Columns.Select(c => PersianFormat.Digits(c.Title)).ToList(),
            table.Columns.Select(c => c.Kind is ReportColumnKind.Number or ReportColumnKind.Days or ReportColumnKind.Date).ToList(),
            table.Rows.Select(row => Cells(table, row)).ToList(),
            table.Total is { } total ? Cells(table, total) : null);
    }

    private static List<string> Cells(ReportTable table, IReadOnlyList<object?> row) =>
        row.Select((value, i) => ReportCells.Persian(value, i < table.Columns.Count ? table.Columns[i].Kind : ReportColumnKind.Text)).ToList();
}
