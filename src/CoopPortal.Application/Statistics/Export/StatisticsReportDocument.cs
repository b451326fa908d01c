using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Statistics.Common;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>
/// The statistics as a printed report (PDF, same engine as certificates): the scope, year and generation time, then each
/// table with its title, header, rows and «جمع» row. Every cell is already written as printed (<see cref="ReportCells.Persian"/>).
/// </summary>
/// <param name="Subtitle">What the file holds: «کل گزارش» or the one table's title.</param>
public sealed record StatisticsReportDocument(
    string Scope, string Year, string GeneratedAt, string Subtitle, IReadOnlyList<PrintedTable> Tables)
    : DocumentModel(ReportHeading.Title)
{
    /// <summary>«ارقام تا ساعت …» when the report knows how current its numbers are.</summary>
    public string? AsOf { get; init; }

    public static StatisticsReportDocument From(StatisticsReport report, IReadOnlyList<ReportTable> tables, bool wholeReport)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        return new StatisticsReportDocument(
            report.Scope,
            PersianFormat.Digits(report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ReportHeading.Generated(report, persianDigits: true),
            wholeReport ? "همه جدول‌ها" : PersianFormat.Digits(tables[0].Title),
            tables.Select(PrintedTable.From).ToList())
        {
            AsOf = ReportHeading.AsOf(report, persianDigits: true),
        };
    }
}
