using System.Globalization;
using CoopPortal.Application.Common.Formatting;

namespace CoopPortal.Application.Statistics.Common;

/// <summary>How a statistics cell reads on screen and in the PDF: Persian digits, days with one decimal, Jalali dates.</summary>
public static class ReportCells
{
    public const string Empty = "—";

    public static string Display(object? value, ReportColumnKind kind) => value switch
    {
        null => Empty,
        DateOnly date => PersianFormat.Date(date),
        double days when kind == ReportColumnKind.Days => PersianFormat.Digits(days.ToString("0.0", CultureInfo.InvariantCulture)).Replace('.', '٫'),
        double number => PersianFormat.Digits(number.ToString("#,0.#", CultureInfo.InvariantCulture)).Replace(',', '٬').Replace('.', '٫'),
        long count => PersianFormat.Number(count),
        int count => PersianFormat.Number(count),
        _ => PersianFormat.Digits(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>The cell as a number for a chart (0 when not a number).</summary>
    public static double Numeric(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        decimal m => (double)m,
        _ => 0,
    };
}
