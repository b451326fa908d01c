namespace CoopPortal.Application.Common.Spreadsheets;

/// <summary>One row, written from column A on; an empty list is an empty row.</summary>
/// <param name="SizesColumns">
/// Whether the row's cells count when column widths are chosen; false for title lines, which may spill over the empty
/// cells beside them.
/// </param>
public sealed record SpreadsheetRow(IReadOnlyList<SpreadsheetCell> Cells, bool Bold = false, bool SizesColumns = true);
