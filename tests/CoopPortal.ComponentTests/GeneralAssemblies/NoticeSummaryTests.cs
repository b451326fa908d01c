using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class NoticeSummaryTests : ComponentTest
{
    [Fact]
    public void A_capital_change_shows_both_amounts_in_rials_with_Persian_digits()
    {
        var view = GeneralAssemblyViews.View(
            kind: GeneralAssemblyKind.Extraordinary,
            agenda: [new AgendaItem(AgendaItemKind.ChangeCapital, CapitalFrom: 1_000_000_000, CapitalTo: 2_500_000_000)]);

        var summary = Context.Render<NoticeSummary>(p => p.Add(c => c.Notice, view.Notice).Add(c => c.Agenda, view.Agenda));

        var capital = summary.Find("#notice-agenda-0-capital").TextContent;
        Assert.Contains("۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال", capital, StringComparison.Ordinal);
        Assert.Contains("۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال", capital, StringComparison.Ordinal);
        Assert.DoesNotContain("1000000000", summary.Markup, StringComparison.Ordinal);
        Assert.Contains("تغییر سرمایه", summary.Find("#notice-agenda-0").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_the_Jalali_day_and_time_and_the_place_are_shown()
    {
        var view = GeneralAssemblyViews.View(kind: GeneralAssemblyKind.Extraordinary);

        var summary = Context.Render<NoticeSummary>(p => p.Add(c => c.Notice, view.Notice).Add(c => c.Agenda, view.Agenda));

        Assert.Equal("مجمع عمومی فوق‌العاده", summary.Find("#notice-kind").TextContent.Trim());
        Assert.Equal("۱۴۰۵/۰۲/۳۰، ساعت ۱۰:۳۰", summary.Find("#notice-when").TextContent.Trim());
        Assert.Equal("سالن اجتماعات", summary.Find("#notice-place").TextContent.Trim());
        Assert.Empty(summary.FindAll("#notice-online"));
    }

    [Fact]
    public void A_new_address_and_name_are_shown_under_their_items()
    {
        var summary = Context.Render<NoticeSummary>(p => p
            .Add(c => c.Notice, GeneralAssemblyViews.View().Notice)
            .Add(c => c.Agenda, [new AgendaItem(AgendaItemKind.ChangeAddress, NewAddress: "تهران، خیابان آزادی"), new AgendaItem(AgendaItemKind.ChangeName, NewName: "تعاونی تازه")]));

        Assert.Contains("نشانی تازه: تهران، خیابان آزادی", summary.Find("#notice-agenda-0").TextContent, StringComparison.Ordinal);
        Assert.Contains("نام تازه: تعاونی تازه", summary.Find("#notice-agenda-1").TextContent, StringComparison.Ordinal);
    }
}
