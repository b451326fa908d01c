namespace CoopPortal.Application.Common.Spreadsheets;

/// <summary>
/// Writes a workbook as an Excel file (.xlsx). The use cases decide what each cell holds and how it is shown; the writer
/// (Infrastructure, docs/decisions/0010-spreadsheet-exports.md) only lays it out: right-to-left sheets, bold rows,
/// numbers stored as numbers with their display format, column widths from the content.
/// </summary>
public interface ISpreadsheetWriter
{
    byte[] Write(SpreadsheetWorkbook workbook);
}

/// <summary>A workbook: its title (document properties) and its sheets, in order.</summary>
/// <param name="Title">The workbook's title in its document properties.</param>
public sealed record SpreadsheetWorkbook(string Title, IReadOnlyList<SpreadsheetSheet> Sheets);

/// <summary>One worksheet. <paramref name="Name"/> must already be a valid, unique sheet name (<see cref="SheetNames"/>).</summary>
public sealed record SpreadsheetSheet(string Name, IReadOnlyList<SpreadsheetRow> Rows);

/// <summary>One row, written from column A on; an empty list is an empty row.</summary>
/// <param name="SizesColumns">
/// Whether the row's cells count when column widths are chosen; false for title lines, which may spill over the empty
/// cells beside them.
/// </param>
public sealed record SpreadsheetRow(IReadOnlyList<SpreadsheetCell> Cells, bool Bold = false, bool SizesColumns = true);

/// <summary>How a number is shown in its cell; the stored value is the number itself.</summary>
public enum SpreadsheetNumberFormat
{
    /// <summary>A whole number with thousands separators (#,##0).</summary>
    Whole,

    /// <summary>One decimal (#,##0.0), for durations in days.</summary>
    OneDecimal,

    /// <summary>Two decimals (#,##0.00).</summary>
    TwoDecimals,
}

/// <summary>A cell: text, a number, or empty (both null).</summary>
public sealed record SpreadsheetCell(string? Text, double? Number, SpreadsheetNumberFormat Format = SpreadsheetNumberFormat.Whole)
{
    public static SpreadsheetCell Empty { get; } = new(null, null);

    public static SpreadsheetCell OfText(string? text) => string.IsNullOrEmpty(text) ? Empty : new(text, null);

    public static SpreadsheetCell OfNumber(double number, SpreadsheetNumberFormat format) => new(null, number, format);
}
