namespace CoopPortal.Application.Common.Spreadsheets;

/// <summary>A workbook: its title (document properties) and its sheets, in order.</summary>
/// <param name="Title">The workbook's title in its document properties.</param>
public sealed record SpreadsheetWorkbook(string Title, IReadOnlyList<SpreadsheetSheet> Sheets);
