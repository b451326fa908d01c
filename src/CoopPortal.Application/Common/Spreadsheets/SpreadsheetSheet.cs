namespace CoopPortal.Application.Common.Spreadsheets;

/// <summary>One worksheet. <paramref name="Name"/> must already be a valid, unique sheet name (<see cref="SheetNames"/>).</summary>
public sealed record SpreadsheetSheet(string Name, IReadOnlyList<SpreadsheetRow> Rows);
