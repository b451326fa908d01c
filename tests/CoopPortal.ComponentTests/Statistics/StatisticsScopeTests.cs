using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Users;
using CoopPortal.Web.Components.Layout;
using CoopPortal.Web.Components.Pages;
using CoopPortal.Web.Components.Pages.Statistics;

namespace CoopPortal.ComponentTests.Statistics;

/// <summary>
/// What the statistics page calls its scope (a county office's, a province's, the country's), and that headquarters'
/// menu and dashboard lead to the statistics and the compliance list and to nothing of an office's workbench.
/// </summary>
public sealed class StatisticsScopeTests
{
    private static DashboardView View(int? province, int? county, string scope)
    {
        var report = new DashboardReport(province, county, 1404, [], [], [], [], new MemberTotals(0, 0, 0, 0, 0),
            new DeclarationSummary(1403, new DateOnly(2025, 7, 22), true, 0, 0, 0, 0, 0), [], [], new InspectionCounts(0, 0, 0), [], [], [], [], [],
            new DataAsOf(DateTime.UtcNow, ReadSource.Primary));
        return new DashboardView(report, DashboardTables.From(report, scope, DateTime.UtcNow));
    }

    [Fact]
    public void A_county_offices_page_is_headed_with_its_county()
    {
        var heading = DashboardPage.Heading(View(18, 231, DashboardTables.CountyOffice("ابهر")));

        Assert.Equal("آمار اداره تعاون شهرستان ابهر", heading);
    }

    [Fact]
    public void A_province_and_the_country_keep_the_title_with_their_name()
    {
        Assert.Equal("آمار و گزارش‌ها — زنجان", DashboardPage.Heading(View(18, null, "زنجان")));
        Assert.Equal("آمار و گزارش‌ها — کل کشور", DashboardPage.Heading(View(null, null, DashboardTables.Country)));
        Assert.Equal("آمار و گزارش‌ها", DashboardPage.Heading(null));
    }

    [Fact]
    public void Headquarters_menu_holds_the_statistics_and_the_compliance_list_and_no_workbench()
    {
        var hrefs = NavItems.For(Users.With(Roles.Headquarters)).Select(i => i.Href).ToList();

        Assert.Contains("statistics", hrefs);
        Assert.Contains("office/compliance", hrefs);
        Assert.DoesNotContain(hrefs, h => h is "office" or "office/declarations" or "office/general-assemblies" or "office/assemblies" or "office/manager-links" || h.StartsWith("admin", StringComparison.Ordinal));
        Assert.Equal(["statistics", "office/compliance"], DashboardCards.For(Users.With(Roles.Headquarters)).Select(c => c.Href));
    }

    [Theory]
    [InlineData(Roles.HeadOfOffice, Users.Province, true)]
    [InlineData(Roles.Reviewer, Users.Province, false)]
    [InlineData(Roles.HeadOfOffice, null, false)]
    [InlineData(Roles.Admin, null, true)]
    public void The_statistics_entry_follows_who_may_read_them(string role, int? province, bool shown)
    {
        Assert.Equal(shown, NavItems.For(Users.With(role, province)).Any(i => i.Href == "statistics"));
    }
}
