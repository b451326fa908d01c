using Bunit;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages.Statistics;
using MudBlazor;

namespace CoopPortal.ComponentTests.Pages.Statistics;

/// <summary>The «مجامع عمومی» section of /statistics: a row per county, the totals, Persian digits, headers and caption, ids the journeys use.</summary>
public sealed class AssembliesSectionTests : ComponentTest
{
    private static readonly AssemblyCountyLine[] Lines =
    [
        new(1, "اردبیل", 1234, 234, 12, 3),
        new(null, "نامشخص", 5, 0, 0, 1),
    ];

    private IRenderedComponent<StatisticsTableCard> Render() =>
        Context.Render<StatisticsTableCard>(p => p
            .Add(c => c.Table, DashboardTables.Assemblies(Lines, 1405))
            .Add(c => c.Chart, ChartType.Bar)
            .Add(c => c.RowClass, "stats-assembly-row"));

    [Fact]
    public void Each_county_is_a_row_with_persian_digits_and_the_totals_are_the_last_row()
    {
        var cut = Render();

        Assert.Equal("stats-assemblies", cut.Find(".stats-card").Id);
        Assert.Equal("مجامع عمومی سال ۱۴۰۵ به تفکیک شهرستان", cut.Find("h2").TextContent);
        var rows = cut.FindAll("tr.stats-assembly-row");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["اردبیل", "۱٬۲۳۴", "۲۳۴", "۱۲", "۳"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["نامشخص", "۵", "۰", "۰", "۱"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent));
        var total = cut.Find("#stats-assemblies-total");
        Assert.DoesNotContain("stats-assembly-row", total.ClassName, StringComparison.Ordinal);
        Assert.Equal(["جمع", "۱٬۲۳۹", "۲۳۴", "۱۲", "۴"], total.QuerySelectorAll("th").Select(th => th.TextContent));
    }

    [Fact]
    public void The_table_has_column_headers_a_caption_and_scrolls_inside_its_own_box_on_a_phone()
    {
        var cut = Render();

        var headers = cut.FindAll("thead th");
        Assert.Equal(["شهرستان", "برگزارشده (صورت‌جلسه تأییدشده)", "با نظارت (گزارش ناظر ثبت شد)", "با گزارش تخلف ناظر", "لغوشده"], headers.Select(th => th.TextContent));
        Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal("مجامع عمومی سال ۱۴۰۵ به تفکیک شهرستان (ارقام نمودار)", cut.Find("table caption").TextContent);
        Assert.Single(cut.FindAll(".mud-table-container > table")); // the box that scrolls sideways (app.css)
        Assert.Equal("نمودار مجامع عمومی سال ۱۴۰۵ به تفکیک شهرستان؛ همین ارقام در جدول کنار آن آمده است", cut.Find(".stats-chart").GetAttribute("aria-label"));
    }

    [Fact]
    public void Other_tables_rows_carry_no_class_and_a_year_without_assemblies_says_so()
    {
        var empty = Context.Render<StatisticsTableCard>(p => p.Add(c => c.Table, DashboardTables.Assemblies([], 1405)).Add(c => c.RowClass, "stats-assembly-row"));

        Assert.Equal("موردی برای نمایش نیست.", empty.Find(".stats-empty").TextContent);
        Assert.Empty(empty.FindAll("tr.stats-assembly-row"));
        var other = Context.Render<StatisticsTableCard>(p => p.Add(c => c.Table, DashboardTables.Counts("inspections", "بازدیدها", "وضعیت", [new DashboardLine("انجام‌شده", 2)], withTotal: true)));
        Assert.All(other.FindAll("tbody tr:not(.stats-total)"), tr => Assert.False(tr.HasAttribute("class")));
        Assert.Equal("stats-inspections-total", other.Find("tr.stats-total").Id);
    }
}
