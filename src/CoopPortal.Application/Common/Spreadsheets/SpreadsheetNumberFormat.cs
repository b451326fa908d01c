namespace CoopPortal.Application.Common.Spreadsheets;

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
