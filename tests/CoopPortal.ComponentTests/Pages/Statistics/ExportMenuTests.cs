using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages.Statistics;
using MudBlazor;

namespace CoopPortal.ComponentTests.Pages.Statistics;

/// <summary>The statistics export menu: an icon button «خروجی» opening three download links with the table, year and province.</summary>
public sealed class ExportMenuTests : ComponentTest
{
    private (IRenderedComponent<MudPopoverProvider> Popovers, IRenderedComponent<ExportMenu> Menu) Open(string? table, int year, int? province)
    {
        var popovers = Context.Render<MudPopoverProvider>();
        var menu = Context.Render<ExportMenu>(p => p.Add(m => m.TableKey, table).Add(m => m.Year, year).Add(m => m.ProvinceId, province));
        menu.Find("button").Click();
        return (popovers, menu);
    }

    [Fact]
    public void The_activator_is_an_icon_button_named_khoruji_and_the_links_appear_when_it_opens()
    {
        var popovers = Context.Render<MudPopoverProvider>();
        var menu = Context.Render<ExportMenu>(p => p.Add(m => m.Year, 1405));

        var button = menu.Find("button");
        Assert.Equal("خروجی", button.GetAttribute("aria-label"));
        Assert.Empty(popovers.FindAll("a[role=menuitem]"));

        button.Click();

        Assert.Equal(["CSV", "Excel", "PDF"], popovers.FindAll("a[role=menuitem]").Select(a => a.TextContent.Trim()));
        Assert.Equal("export-report", menu.Find(".stats-export").GetAttribute("id"));
    }

    [Fact]
    public void A_tables_links_carry_its_key_the_year_and_the_province_and_download()
    {
        var (popovers, menu) = Open("formed-by-county", 1403, 14);

        var links = popovers.FindAll("a[role=menuitem]");
        Assert.Equal(
            [
                "/statistics/export/csv?year=1403&province=14&table=formed-by-county",
                "/statistics/export/xlsx?year=1403&province=14&table=formed-by-county",
                "/statistics/export/pdf?year=1403&province=14&table=formed-by-county",
            ],
            links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.True(a.HasAttribute("download"), a.OuterHtml));
        Assert.Equal("export-formed-by-county", menu.Find(".stats-export").GetAttribute("id"));
    }

    [Fact]
    public void The_whole_report_for_the_country_has_neither_table_nor_province()
    {
        var (popovers, _) = Open(null, 1405, null);

        Assert.Equal(
            ["/statistics/export/csv?year=1405", "/statistics/export/xlsx?year=1405", "/statistics/export/pdf?year=1405"],
            popovers.FindAll("a[role=menuitem]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_key_is_escaped_in_the_address()
    {
        Assert.Equal("/statistics/export/pdf?year=1404&table=a%26b%20c", ExportMenu.Href("pdf", "a&b c", 1404, null));
    }
}
