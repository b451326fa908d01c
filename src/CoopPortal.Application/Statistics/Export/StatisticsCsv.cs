using CoopPortal.Application.Statistics.Common;
using CsvHelper;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>
/// Tables as one CSV file (RFC 4180, UTF-8 with BOM so Excel shows Persian): a first row with the title, scope, year,
/// generation time and how current the numbers are (when known), then each table after an empty row — its title, its
/// header, its rows and its «جمع» row. Every row has as many fields as the widest one. Cells follow <see cref="ReportCells.Csv"/>.
/// </summary>
public static class StatisticsCsv
{
    public static byte[] Write(StatisticsReport report, IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        var rows = new List<string[]>
        {
            new[] { ReportHeading.Title, ReportHeading.Scope(report), ReportHeading.Year(report, persianDigits: false), ReportHeading.Generated(report, persianDigits: false), ReportHeading.AsOf(report, persianDigits: false) }
                .OfType<string>().Select(ReportCells.CsvText).ToArray(),
        };
        foreach (var table in tables)
        {
            rows.Add([]);
            rows.Add([ReportCells.CsvText(table.Title)]);
            rows.Add(table.Columns.Select(c => ReportCells.CsvText(c.Title)).ToArray());
            rows.AddRange(table.Rows.Select(row => Cells(table, row)));
            if (table.Total is { } total)
            {
                rows.Add(Cells(table, total));
            }
        }

        var width = rows.Max(r => r.Length);
        using var output = new MemoryStream();
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Separator = ',', NewLine = "\r\n" };
        using (var writer = CsvWriter.Create(output, options, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                writer.WriteRecord(row.Concat(Enumerable.Repeat(string.Empty, width - row.Length)).ToArray());
            }
        }

        return output.ToArray();
    }

    private static string[] Cells(ReportTable table, IReadOnlyList<object?> row) =>
        row.Select((value, i) => ReportCells.Csv(value, i < table.Columns.Count ? table.Columns[i].Kind : ReportColumnKind.Text)).ToArray();
}
