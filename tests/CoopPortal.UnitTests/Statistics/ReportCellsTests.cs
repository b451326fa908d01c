using CoopPortal.Application.Common.Spreadsheets;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Export;

namespace CoopPortal.UnitTests.Statistics;

/// <summary>The formatting rules of every export cell, in CSV (ASCII), Excel (numbers) and PDF (Persian digits).</summary>
public sealed class ReportCellsTests
{
    [Theory]
    [InlineData(3.25, "3.3", "۳٫۳")]
    [InlineData(3.24, "3.2", "۳٫۲")]
    [InlineData(12d, "12.0", "۱۲٫۰")]
    [InlineData(0.05, "0.1", "۰٫۱")]
    [InlineData(1234.56, "1234.6", "۱٬۲۳۴٫۶")]
    public void Days_have_one_decimal(double days, string csv, string pdf)
    {
        Assert.Equal(csv, ReportCells.Csv(days, ReportColumnKind.Days));
        Assert.Equal(pdf, ReportCells.Persian(days, ReportColumnKind.Days));
        var cell = ReportCells.Spreadsheet(days, ReportColumnKind.Days);
        Assert.Null(cell.Text);
        Assert.Equal(double.Parse(csv, System.Globalization.CultureInfo.InvariantCulture), cell.Number);
        Assert.Equal(SpreadsheetNumberFormat.OneDecimal, cell.Format);
    }

    [Fact]
    public void Counts_are_whole_numbers_plain_in_csv_numeric_in_excel_and_persian_in_pdf()
    {
        Assert.Equal("1250000", ReportCells.Csv(1_250_000L, ReportColumnKind.Number));
        Assert.Equal("۱٬۲۵۰٬۰۰۰", ReportCells.Persian(1_250_000L, ReportColumnKind.Number));
        Assert.Equal("7", ReportCells.Csv(7, ReportColumnKind.Number));
        Assert.Equal("0", ReportCells.Csv(0L, ReportColumnKind.Number));
        var cell = ReportCells.Spreadsheet(1_250_000L, ReportColumnKind.Number);
        Assert.Equal(1_250_000d, cell.Number);
        Assert.Null(cell.Text);
        Assert.Equal(SpreadsheetNumberFormat.Whole, cell.Format);
    }

    [Fact]
    public void A_fraction_in_a_count_column_keeps_two_decimals()
    {
        Assert.Equal("2.50", ReportCells.Csv(2.5, ReportColumnKind.Number));
        Assert.Equal("۲٫۵۰", ReportCells.Persian(2.5, ReportColumnKind.Number));
        Assert.Equal(SpreadsheetNumberFormat.TwoDecimals, ReportCells.Spreadsheet(2.5, ReportColumnKind.Number).Format);
    }

    [Fact]
    public void Dates_are_jalali_with_ascii_digits_in_files_and_persian_digits_in_print()
    {
        var date = new DateOnly(2026, 10, 24); // 1405/08/02
        Assert.Equal("1405/08/02", ReportCells.Csv(date, ReportColumnKind.Date));
        Assert.Equal("۱۴۰۵/۰۸/۰۲", ReportCells.Persian(date, ReportColumnKind.Date));
        var cell = ReportCells.Spreadsheet(date, ReportColumnKind.Date);
        Assert.Equal("1405/08/02", cell.Text);
        Assert.Null(cell.Number);
    }

    [Fact]
    public void A_utc_instant_is_its_date_in_iran()
    {
        // 21:00 UTC on 23 October is 00:30 on 24 October in Tehran (+03:30).
        var instant = new DateTime(2026, 10, 23, 21, 0, 0, DateTimeKind.Utc);
        Assert.Equal("1405/08/02", ReportCells.Csv(instant, ReportColumnKind.Date));
    }

    [Theory]
    [InlineData(ReportColumnKind.Text)]
    [InlineData(ReportColumnKind.Number)]
    [InlineData(ReportColumnKind.Days)]
    [InlineData(ReportColumnKind.Date)]
    public void Null_is_empty_in_files_and_a_dash_in_print(ReportColumnKind kind)
    {
        Assert.Equal(string.Empty, ReportCells.Csv(null, kind));
        Assert.Same(SpreadsheetCell.Empty, ReportCells.Spreadsheet(null, kind));
        Assert.Equal(ReportCells.Missing, ReportCells.Persian(null, kind));
    }

    [Fact]
    public void Text_is_kept_and_printed_with_persian_digits()
    {
        Assert.Equal("تعاونی‌های سال 1403", ReportCells.Csv("تعاونی‌های سال 1403", ReportColumnKind.Text));
        Assert.Equal("تعاونی‌های سال ۱۴۰۳", ReportCells.Persian("تعاونی‌های سال 1403", ReportColumnKind.Text));
        Assert.Equal("زنجان", ReportCells.Spreadsheet("زنجان", ReportColumnKind.Text).Text);
    }

    [Fact]
    public void Text_in_a_number_column_stays_text()
    {
        Assert.Equal("نامشخص", ReportCells.Csv("نامشخص", ReportColumnKind.Number));
        Assert.Equal("نامشخص", ReportCells.Spreadsheet("نامشخص", ReportColumnKind.Number).Text);
        Assert.False(ReportCells.IsNumber("نامشخص", ReportColumnKind.Number));
        Assert.True(ReportCells.IsNumber(3L, ReportColumnKind.Number));
        Assert.False(ReportCells.IsNumber(3L, ReportColumnKind.Text));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+98", "'+98")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("تعاونی =1", "تعاونی =1")]
    public void Csv_text_that_a_spreadsheet_would_run_as_a_formula_is_escaped(string text, string expected)
    {
        Assert.Equal(expected, ReportCells.Csv(text, ReportColumnKind.Text));
    }

    [Fact]
    public void A_negative_number_is_still_a_number_in_csv()
    {
        Assert.Equal("-3", ReportCells.Csv(-3L, ReportColumnKind.Number));
        Assert.Equal("-1.5", ReportCells.Csv(-1.5, ReportColumnKind.Days));
    }
}
