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
