using Bunit;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages.Statistics;
using MudBlazor;

namespace CoopPortal.ComponentTests.Pages.Statistics;

public sealed class StatisticsTableCardTests : ComponentTest
{
    private static readonly ReportTable Durations = new("durations", "زمان رسیدگی",
        [new ReportColumn("مرحله"), new ReportColumn("تعداد", ReportColumnKind.Number), new ReportColumn("میانه (روز)", ReportColumnKind.Days)],
        [["از ارسال تا تصمیم نهایی", 1250L, 12.34], ["اصلاح توسط متقاضی", 0L, null]],
        ["جمع", 1250L, null]);

    [Fact]
    public void Cells_show_persian_digits_days_with_one_decimal_and_a_dash_for_no_value()
    {
        var cut = Context.Render<StatisticsTableCard>(p => p.Add(c => c.Table, Durations));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["از ارسال تا تصمیم نهایی", "۱٬۲۵۰", "۱۲٫۳"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("—", rows[1].QuerySelectorAll("td")[2].TextContent);
        Assert.Contains("stats-total", rows[2].ClassName, StringComparison.Ordinal);
        Assert.Equal("stats-durations", cut.Find(".stats-card").Id);
        Assert.Empty(cut.FindAll(".stats-chart"));
    }

    [Fact]
    public void A_chart_of_the_chosen_column_is_drawn_beside_the_table_when_there_is_something_to_draw()
    {
        var cut = Context.Render<StatisticsTableCard>(p => p.Add(c => c.Table, Durations).Add(c => c.Chart, ChartType.Bar).Add(c => c.ChartColumn, 2));
        Assert.Equal("نمودار زمان رسیدگی؛ همین ارقام در جدول کنار آن آمده است", cut.Find(".stats-chart").GetAttribute("aria-label"));
        Assert.Equal("زمان رسیدگی (ارقام نمودار)", cut.Find("table caption").TextContent);
        Assert.All(cut.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        var empty = Durations with { Rows = [["اصلاح توسط متقاضی", 0L, null]] };
        var nothing = Context.Render<StatisticsTableCard>(p => p.Add(c => c.Table, empty).Add(c => c.Chart, ChartType.Bar));
        Assert.Empty(nothing.FindAll(".stats-chart"));
    }

    [Fact]
    public void An_empty_table_says_so_in_persian()
    {
        var cut = Context.Render<StatisticsTableCard>(p => p.Add(c => c.Table, Durations with { Rows = [], Total = null }));
        Assert.Equal("موردی برای نمایش نیست.", cut.Find(".stats-empty").TextContent);
    }
}
