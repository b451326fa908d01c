using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Spreadsheets;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>
/// How a cell of a <see cref="ReportTable"/> is written in each export — the only place these rules live:
/// <list type="bullet">
/// <item>counts (<see cref="ReportColumnKind.Number"/>) as whole numbers (a fraction, if a table ever has one, with up to two decimals);</item>
/// <item>days (<see cref="ReportColumnKind.Days"/>) rounded to one decimal;</item>
/// <item>dates (<see cref="ReportColumnKind.Date"/>) as Jalali yyyy/MM/dd (a UTC instant as its date in Iran);</item>
/// <item>null as an empty cell in CSV and Excel, «—» in PDF;</item>
/// <item>CSV: ASCII digits and no thousands separators, so spreadsheets read numbers; text that a spreadsheet would run as
/// a formula (starting with = + - @, tab or CR) is prefixed with an apostrophe;</item>
/// <item>Excel: counts and days stored as numbers with a display format, never as text;</item>
/// <item>PDF and the page: Persian digits, ٬ between thousands and ٫ before decimals, also in text cells.</item>
/// </list>
/// A value that does not fit its column's kind (text in a number column) is written as text.
/// </summary>
public static class ReportCells
{
    /// <summary>What the printed report shows for a missing value.</summary>
    public const string Missing = "—";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The cell in a CSV file.</summary>
    public static string Csv(object? value, ReportColumnKind kind)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return Rounded(value, kind) is { } number
            ? number.ToString(PlainFormat(number, kind), CultureInfo.InvariantCulture)
            : CsvText(Text(value));
    }

    /// <summary>Header, title and text cells of a CSV file: as they are, unless a spreadsheet would run them as a formula.</summary>
    public static string CsvText(string? text) =>
        string.IsNullOrEmpty(text) || Array.IndexOf(FormulaStarts, text[0]) < 0 ? text ?? string.Empty : "'" + text;

    /// <summary>The cell in an Excel sheet: numbers as numbers, everything else as text.</summary>
    public static SpreadsheetCell Spreadsheet(object? value, ReportColumnKind kind)
    {
        if (value is null)
        {
            return SpreadsheetCell.Empty;
        }

        if (Rounded(value, kind) is { } number)
        {
            var format = kind == ReportColumnKind.Days ? SpreadsheetNumberFormat.OneDecimal
                : IsWhole(number) ? SpreadsheetNumberFormat.Whole : SpreadsheetNumberFormat.TwoDecimals;
            return SpreadsheetCell.OfNumber(number, format);
        }

        return SpreadsheetCell.OfText(Text(value));
    }

    /// <summary>The cell in the printed report (PDF): Persian digits and separators, «—» for no value.</summary>
    public static string Persian(object? value, ReportColumnKind kind)
    {
        if (value is null)
        {
            return Missing;
        }

        if (Rounded(value, kind) is { } number)
        {
            var text = number.ToString(PlainFormat(number, kind) is "0" ? "#,0" : "#,0." + new string('0', kind == ReportColumnKind.Days ? 1 : 2), CultureInfo.InvariantCulture);
            return PersianFormat.Digits(text.Replace(',', '٬').Replace('.', '٫'));
        }

        var plain = Text(value);
        return plain.Length == 0 ? Missing : PersianFormat.Digits(plain);
    }

    /// <summary>The cell as a number for a chart (0 when it is not a number).</summary>
    public static double ChartValue(object? value) => Numeric(value) is { } number && double.IsFinite(number) ? number : 0;

    /// <summary>Whether a cell of this kind is a number (aligned and read as one), given its value.</summary>
    public static bool IsNumber(object? value, ReportColumnKind kind) => Rounded(value, kind) is not null;

    /// <summary>Counts and days as the number written (days rounded to one decimal); null for anything else.</summary>
    private static double? Rounded(object? value, ReportColumnKind kind)
    {
        if (kind is not (ReportColumnKind.Number or ReportColumnKind.Days) || Numeric(value) is not { } number || !double.IsFinite(number))
        {
            return null;
        }

        return kind == ReportColumnKind.Days ? Math.Round(number, 1, MidpointRounding.AwayFromZero) : Math.Round(number, 2, MidpointRounding.AwayFromZero);
    }

    private static string PlainFormat(double number, ReportColumnKind kind) =>
        kind == ReportColumnKind.Days ? "0.0" : IsWhole(number) ? "0" : "0.00";

    private static bool IsWhole(double number) => Math.Abs(number - Math.Round(number)) < 1e-9;

    private static double? Numeric(object? value) => value switch
    {
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        TimeSpan span => span.TotalDays,
        _ => null,
    };

    /// <summary>Text with ASCII digits: dates in Jalali, everything else as it is (invariant culture).</summary>
    private static string Text(object value) => value switch
    {
        string text => text,
        DateOnly date => JalaliDate.Format(date),
        DateTime instant => JalaliDate.Format(PersianFormat.LocalDate(instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant)),
        DateTimeOffset instant => JalaliDate.Format(PersianFormat.LocalDate(instant.UtcDateTime)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
