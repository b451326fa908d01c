using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Spreadsheets;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Dashboard;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>
/// The statistics page's tables as a file: CSV, Excel (one sheet per table) or PDF (same engine as certificates), one
/// table (its key) or the whole report (no key; in CSV the tables follow one another, each under its title row). The
/// numbers are those of <see cref="StatisticsReportQuery"/> at this moment, so a file says what the page says.
/// Who may export: those the statistics page is for (<see cref="StatisticsAccess"/>), a head of office (always their
/// own province, or a county office's head their county, whatever they ask for), headquarters and an admin (the
/// country or one province); everyone else is refused.
/// </summary>
public sealed class ExportStatisticsHandler(
    StatisticsReportQuery reports, ICurrentUserService currentUser, ISpreadsheetWriter spreadsheets, DocumentPrinter printer)
{
    /// <param name="tableKey">One table's key (<see cref="ReportTable.Key"/>); null or blank for the whole report.</param>
    /// <param name="provinceId">The province an admin or headquarters asks for (null: the whole country); ignored for a head of office.</param>
    /// <param name="year">The Jalali year; null for the current one.</param>
    public async Task<Result<ExportedFile>> HandleAsync(
        ExportFormat format, string? tableKey, int? provinceId, int? year, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!StatisticsAccess.MayRead(user))
        {
            return Result<ExportedFile>.FailedAs(Result.Forbidden(DashboardQuery.NotAllowed));
        }

        var loaded = await reports.HandleAsync(provinceId, year, cancellationToken);
        if (loaded.Value is not { } report)
        {
            return Result<ExportedFile>.FailedAs(loaded);
        }

        var key = string.IsNullOrWhiteSpace(tableKey) ? null : tableKey.Trim();
        IReadOnlyList<ReportTable> tables = report.Tables;
        if (key is not null)
        {
            if (report.Find(key) is not { } table)
            {
                return Result<ExportedFile>.NotFound();
            }

            tables = [table];
        }

        byte[] content;
        switch (format)
        {
            case ExportFormat.Csv:
                content = StatisticsCsv.Write(report, tables);
                break;
            case ExportFormat.Xlsx:
                content = spreadsheets.Write(StatisticsWorkbook.Build(report, tables));
                break;
            case ExportFormat.Pdf:
                var printed = await printer.PdfResultAsync(StatisticsReportDocument.From(report, tables, wholeReport: key is null), cancellationToken);
                if (printed.Value is not { } pdf)
                {
                    return Result<ExportedFile>.FailedAs(printed);
                }

                content = pdf;
                break;
            default:
                return Result<ExportedFile>.NotFound();
        }

        return Result<ExportedFile>.Success(new ExportedFile(
            content,
            format.ContentType(),
            ExportFileNames.Ascii(report.Year, key, format),
            ExportFileNames.Persian(report.Scope, report.Year, key is null ? null : tables[0].Title, format)));
    }
}
