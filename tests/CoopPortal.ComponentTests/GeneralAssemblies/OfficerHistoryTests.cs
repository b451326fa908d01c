using Bunit;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.Supervision;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class OfficerHistoryTests : ComponentTest
{
    private static readonly Guid Assembly = Guid.NewGuid();

    private static readonly PastOfficerLine Replaced = new(
        OfficerRole.BoardMember, "رضا حسینی", "0084575948", new DateOnly(2023, 4, 21), new DateOnly(2026, 4, 20), new DateOnly(2026, 6, 20), Assembly);

    [Fact]
    public void Each_past_officer_shows_the_post_the_term_in_Jalali_and_the_assembly_that_replaced_them()
    {
        var history = Context.Render<OfficerHistory>(p => p
            .Add(c => c.History, [Replaced, Replaced with { FullName = "مینا رحیمی", ReplacedByAssemblyId = null }])
            .Add(c => c.IsManager, true));

        var rows = history.FindAll("#cooperative-officer-history tr.officer-history-row");
        Assert.Equal(2, rows.Count);
        Assert.Contains("عضو اصلی هیئت مدیره", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۰۰۸۴۵۷۵۹۴۸", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۲/۰۲/۰۱", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۳/۳۰", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"general-assemblies/{Assembly}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(rows[1].QuerySelector("a"));
    }

    [Fact]
    public void The_office_is_led_to_its_own_page_of_the_assembly_and_nothing_shows_without_history()
    {
        var office = Context.Render<OfficerHistory>(p => p.Add(c => c.History, [Replaced]));
        Assert.Equal($"office/general-assemblies/{Assembly}", office.Find("tr.officer-history-row a").GetAttribute("href"));

        var none = Context.Render<OfficerHistory>(p => p.Add(c => c.History, []));
        Assert.Empty(none.FindAll("#cooperative-officer-history"));
        Assert.DoesNotContain("سابقه", none.Markup, StringComparison.Ordinal);
    }
}
