using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Export;
using CoopPortal.Infrastructure.Spreadsheets;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The Open XML writer on tables the dashboard does not have yet (days, dates, empty cells, several count columns),
/// read back with the Open XML SDK. No database.
/// </summary>
public sealed class SpreadsheetWriterTests
{
    private const string LongTitle = "میانگین مدت بررسی درخواست‌ها به تفکیک گرایش و وضعیت در استان";

    private static readonly ReportTable Durations = new(
        "durations", LongTitle,
        [new("گرایش"), new("تعداد", ReportColumnKind.Number), new("اعضا", ReportColumnKind.Number), new("میانگین (روز)", ReportColumnKind.Days), new("آخرین تصمیم", ReportColumnKind.Date)],
        [
            ["تولیدی", 12L, 1_250_000L, 3.25, new DateOnly(2026, 10, 24)],
            ["خدماتی", 3L, 41L, null, null],
        ],
        ["جمع", 15L, 1_250_041L, 3.0, null]);

    private static readonly ReportTable SameTitle = Durations with { Key = "durations-2", Rows = [], Total = null };

    private static byte[] Write(params ReportTable[] tables)
    {
        var report = new StatisticsReport("زنجان", 1405, new DateTime(2026, 10, 24, 10, 35, 0, DateTimeKind.Utc), tables);
        return new OpenXmlSpreadsheetWriter().Write(StatisticsWorkbook.Build(report, report.Tables));
    }

    [Fact]
    public void Days_are_numbers_with_one_decimal_dates_are_jalali_text_and_empty_cells_are_absent()
    {
        var sheet = XlsxInspection.Read(Write(Durations)).Single();
        var first = StatisticsWorkbook.HeaderRow + 1;

        Assert.True(sheet.RightToLeft);
        Assert.Equal("تهیه‌شده در 1405/08/02 14:05 به وقت ایران", sheet["C2"]!.Text);
        Assert.Equal(["گرایش", "تعداد", "اعضا", "میانگین (روز)", "آخرین تصمیم"], sheet.Row(StatisticsWorkbook.HeaderRow).Select(c => c.Text));

        Assert.True(sheet[$"C{first}"]!.IsNumber);
        Assert.Equal(1_250_000d, sheet[$"C{first}"]!.Number);
        var days = sheet[$"D{first}"]!;
        Assert.True(days.IsNumber);
        Assert.Equal(3.3, days.Number);
        Assert.Equal("#,##0.0", days.FormatCode);
        var date = sheet[$"E{first}"]!;
        Assert.False(date.IsNumber);
        Assert.Equal("1405/08/02", date.Text);

        Assert.Null(sheet[$"D{first + 1}"]);
        Assert.Null(sheet[$"E{first + 1}"]);
        Assert.Equal("خدماتی", sheet[$"A{first + 1}"]!.Text);

        var total = sheet.Row(first + 2);
        Assert.All(total, c => Assert.True(c.Bold));
        Assert.Equal(3.0, sheet[$"D{first + 2}"]!.Number);
        Assert.False(sheet[$"A{first}"]!.Bold);

        // Widths come from the header and cells, not from the long title above them.
        Assert.Equal(5, sheet.ColumnWidths.Count);
        Assert.All(sheet.ColumnWidths, w => Assert.InRange(w, 8, 60));
        Assert.True(sheet.ColumnWidths[0] < LongTitle.Length, "the title spills over; it does not widen column A");
        Assert.True(sheet.ColumnWidths[2] >= "1,250,041".Length);
    }

    [Fact]
    public void Two_tables_with_the_same_long_title_get_two_valid_unique_sheet_names()
    {
        var sheets = XlsxInspection.Read(Write(Durations, SameTitle));

        Assert.Equal(2, sheets.Count);
        Assert.All(sheets, s => Assert.InRange(s.Name.Length, 1, 31));
        Assert.NotEqual(sheets[0].Name, sheets[1].Name);
        Assert.All(sheets, s => Assert.True(s.RightToLeft));
        Assert.Equal(StatisticsWorkbook.HeaderRow, sheets[1].LastRow);
    }

    [Fact]
    public void Column_names_run_from_a_to_z_and_on_to_aa()
    {
        Assert.Equal(["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA"], new[] { 0, 1, 25, 26, 51, 52, 701, 702 }.Select(OpenXmlSpreadsheetWriter.ColumnName));
    }
}
