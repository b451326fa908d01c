using CoopPortal.Application.Common.Spreadsheets;
using CoopPortal.Application.Statistics.Common;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>
/// Tables as an Excel workbook, one sheet per table named after its title (shortened to Excel's 31 characters, made
/// unique): the title (bold), then scope, year and generation time, an empty row, the header (bold), the rows and the
/// «جمع» row (bold). Cells follow <see cref="ReportCells.Spreadsheet"/>: counts and days are numbers.
/// </summary>
public static class StatisticsWorkbook
{
    /// <summary>The row (1-based) of each sheet's header; data starts on the next one.</summary>
    public const int HeaderRow = 4;

    public static SpreadsheetWorkbook Build(StatisticsReport report, IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        var names = SheetNames.Unique(tables.Select(t => t.Title));
        var sheets = tables.Select((table, i) => new SpreadsheetSheet(names[i], Rows(report, table))).ToList();
        return new SpreadsheetWorkbook($"{ReportHeading.Title} - {report.Scope} - {report.Year}", sheets);
    }

    private static List<SpreadsheetRow> Rows(StatisticsReport report, ReportTable table)
    {
        var rows = new List<SpreadsheetRow>
        {
            new([SpreadsheetCell.OfText(table.Title)], Bold: true, SizesColumns: false),
            new([
                SpreadsheetCell.OfText(ReportHeading.Scope(report)),
                SpreadsheetCell.OfText(ReportHeading.Year(report, persianDigits: false)),
                SpreadsheetCell.OfText(ReportHeading.Generated(report, persianDigits: false)),
                SpreadsheetCell.OfText(ReportHeading.AsOf(report, persianDigits: false)),
            ], SizesColumns: false),
            new([]),
            new(table.Columns.Select(c => SpreadsheetCell.OfText(c.Title)).ToList(), Bold: true),
        };
        rows.AddRange(table.Rows.Select(row => new SpreadsheetRow(Cells(table, row))));
        if (table.Total is { } total)
        {
            rows.Add(new SpreadsheetRow(Cells(table, total), Bold: true));
        }

        return rows;
    }

    private static List<SpreadsheetCell> Cells(ReportTable table, IReadOnlyList<object?> row) =>
        row.Select((value, i) => ReportCells.Spreadsheet(value, i < table.Columns.Count ? table.Columns[i].Kind : ReportColumnKind.Text)).ToList();
}
