namespace CoopPortal.Application.Common.Spreadsheets;

/// <summary>A cell: text, a number, or empty (both null).</summary>
public sealed record SpreadsheetCell(string? Text, double? Number, SpreadsheetNumberFormat Format = SpreadsheetNumberFormat.Whole)
{
    public static SpreadsheetCell Empty { get; } = new(null, null);

    public static SpreadsheetCell OfText(string? text) => string.IsNullOrEmpty(text) ? Empty : new(text, null);

    public static SpreadsheetCell OfNumber(double number, SpreadsheetNumberFormat format) => new(null, number, format);
}
