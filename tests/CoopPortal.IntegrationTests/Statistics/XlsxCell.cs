namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>One cell of an exported workbook as Excel reads it: its type, value, number format and whether it is bold.</summary>
public sealed record XlsxCell(string Reference, bool IsNumber, string Text, double? Number, uint NumberFormatId, string? FormatCode, bool Bold);
