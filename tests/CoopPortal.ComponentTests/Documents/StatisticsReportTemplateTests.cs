using Bunit;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Export;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Documents;
using CoopPortal.Documents.Layout;
using CoopPortal.Documents.Templates;

namespace CoopPortal.ComponentTests.Documents;

/// <summary>The printed statistics report: header, each table with title, header, rows and total, all in Persian digits.</summary>
public sealed class StatisticsReportTemplateTests : ComponentTest
{
    private static readonly StatisticsReport Report = new("زنجان", 1405, new DateTime(2026, 10, 24, 10, 35, 0, DateTimeKind.Utc),
    [
        new ReportTable("durations", "میانگین مدت بررسی در سال 1405",
            [new("گرایش"), new("تعداد", ReportColumnKind.Number), new("میانگین (روز)", ReportColumnKind.Days), new("آخرین تصمیم", ReportColumnKind.Date)],
            [["تولیدی", 1250L, 3.25, new DateOnly(2026, 10, 24)], ["خدماتی", 3L, null, null]],
            ["جمع", 1253L, 3.0, null]),
        new ReportTable("empty", "جدول بدون ردیف", [new("وضعیت"), new("تعداد", ReportColumnKind.Number)], []),
    ]);

    private IRenderedComponent<StatisticsReportTemplate> Render(StatisticsReportDocument document) =>
        Context.Render<StatisticsReportTemplate>(p => p
            .Add(t => t.Document, document)
            .AddCascadingValue(new DocumentShellContext(DocumentMedia.Print)));

    [Fact]
    public void The_header_says_scope_year_and_when_in_persian_digits()
    {
        var rendered = Render(StatisticsReportDocument.From(Report, Report.Tables, wholeReport: true));

        Assert.Equal("آمار و گزارش‌ها", rendered.Find("h1").TextContent);
        Assert.Equal("همه جدول‌ها", rendered.Find("#report-subtitle").TextContent);
        Assert.Equal("زنجان", rendered.Find("#report-scope").TextContent);
        Assert.Equal("۱۴۰۵", rendered.Find("#report-year").TextContent);
        Assert.Equal("تهیه‌شده در ۱۴۰۵/۰۸/۰۲ ۱۴:۰۵ به وقت ایران", rendered.Find("#report-generated").TextContent);
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", rendered.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_table_has_its_title_header_rows_and_total_with_persian_numbers_days_and_dates()
    {
        var rendered = Render(StatisticsReportDocument.From(Report, Report.Tables, wholeReport: true));

        var table = rendered.Find("#table-durations");
        Assert.Equal("میانگین مدت بررسی در سال ۱۴۰۵", table.QuerySelector("h2")!.TextContent);
        Assert.Equal(["گرایش", "تعداد", "میانگین (روز)", "آخرین تصمیم"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(["تولیدی", "۱٬۲۵۰", "۳٫۳", "۱۴۰۵/۰۸/۰۲"], rows[0]);
        Assert.Equal(["خدماتی", "۳", "—", "—"], rows[1]);
        Assert.Equal(["جمع", "۱٬۲۵۳", "۳٫۰", "—"], rows[2]);
        Assert.Equal(4, table.QuerySelectorAll("tbody tr.total th").Length);
        Assert.DoesNotContain(rendered.Find("#table-durations").TextContent, c => char.IsAsciiDigit(c));

        var empty = rendered.Find("#table-empty");
        Assert.Equal(ReportHeading.NoRows, empty.QuerySelector("tbody td")!.TextContent);
        Assert.Empty(empty.QuerySelectorAll("tr.total"));
    }

    [Fact]
    public void One_tables_report_is_titled_by_the_table_and_holds_only_it()
    {
        var rendered = Render(StatisticsReportDocument.From(Report, [Report.Tables[1]], wholeReport: false));

        Assert.Equal("جدول بدون ردیف", rendered.Find("#report-subtitle").TextContent);
        Assert.Single(rendered.FindAll("section.report-table"));
        Assert.Empty(rendered.FindAll("#table-durations"));
    }

    [Fact]
    public void The_template_is_registered_for_the_statistics_document()
    {
        Assert.Contains(typeof(StatisticsReportDocument), RazorDocumentTemplates.DocumentTypes);
    }
}
