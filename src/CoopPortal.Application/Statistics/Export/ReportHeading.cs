using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>What every export says about its numbers: the scope, the year and when they were read (Jalali, Iran time).</summary>
public static class ReportHeading
{
    public const string Title = "آمار و گزارش‌ها";

    public const string NoRows = "موردی ثبت نشده است.";

    public static string Scope(StatisticsReport report) => "محدوده: " + report.Scope;

    /// <param name="persianDigits">Persian digits (PDF) or ASCII digits (CSV, Excel).</param>
    public static string Year(StatisticsReport report, bool persianDigits) =>
        "سال: " + Digits(report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), persianDigits);

    /// <summary>«تهیه‌شده در 1405/08/02 14:05 به وقت ایران».</summary>
    public static string Generated(StatisticsReport report, bool persianDigits) =>
        "تهیه‌شده در " + Digits(PersianDigits.ToAscii(PersianFormat.DateTime(report.GeneratedAtUtc)), persianDigits) + " به وقت ایران";

    /// <summary>«ارقام تا ساعت 14:05 روز 1405/08/02» when the report knows how current its numbers are, else null.</summary>
    public static string? AsOf(StatisticsReport report, bool persianDigits) =>
        report?.AsOf is { } asOf ? FiguresAsOf.Line(asOf, persianDigits) : null;

    private static string Digits(string ascii, bool persian) => persian ? PersianFormat.Digits(ascii) : ascii;
}
