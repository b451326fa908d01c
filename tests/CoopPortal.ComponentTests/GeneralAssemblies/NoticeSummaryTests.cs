using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class NoticeSummaryTests : ComponentTest
{
    [Fact]
    public void A_published_notice_reads_as_written_with_no_field_to_change()
    {
        var view = GeneralAssemblyViews.Published(GeneralAssemblyKind.Extraordinary,
        [
            new AgendaItem(AgendaItemKind.ChangeCapital, CapitalFrom: 1_000_000_000, CapitalTo: 2_500_000_000),
            new AgendaItem(AgendaItemKind.Other, Text: "گزارش هیئت مدیره"),
        ]);

        var summary = Context.Render<NoticeSummary>(p => p.Add(c => c.View, view));

        Assert.Equal("مجمع عمومی فوق‌العاده", summary.Find("#notice-kind").TextContent.Trim());
        Assert.Contains("۱۴۰۵", summary.Find("#notice-published-on").TextContent, StringComparison.Ordinal);
        Assert.Contains("ساعت ۱۷:۳۰", summary.Find("#notice-meeting").TextContent, StringComparison.Ordinal);
        Assert.Equal("https://meet.example.ir/coop", summary.Find("#notice-online-link bdi").TextContent.Trim());
        var items = summary.FindAll("#notice-agenda li");
        Assert.Equal(2, items.Count);
        Assert.Contains("از ۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال به ۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("گزارش هیئت مدیره", items[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.FindAll("input, textarea"));
    }
}
