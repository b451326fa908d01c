using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class AssemblyOutcomeTests : ComponentTest
{
    [Theory]
    [InlineData(GeneralAssemblyStatus.Draft, "آگهی دعوت هنوز منتشر نشده است")]
    [InlineData(GeneralAssemblyStatus.Announced, "درباره نظارت بر مجمع تصمیم می‌گیرد")]
    [InlineData(GeneralAssemblyStatus.Supervised, "ناظر اداره «کارشناس نمونه» تعیین شد. پس از تشکیل مجمع در ۱۴۰۵/۰۲/۳۰، صورت‌جلسه را بنویسید")]
    [InlineData(GeneralAssemblyStatus.Unsupervised, "ناظری نمی‌فرستد. پس از تشکیل مجمع در ۱۴۰۵/۰۲/۳۰")]
    [InlineData(GeneralAssemblyStatus.AwaitingObserver, "در انتظار گزارش ناظر")]
    [InlineData(GeneralAssemblyStatus.MinutesSubmitted, "در انتظار بررسی کارشناس")]
    [InlineData(GeneralAssemblyStatus.ObserverConfirmed, "در انتظار بررسی کارشناس")]
    [InlineData(GeneralAssemblyStatus.ReturnedForCorrection, "برای اصلاح بازگردانده شد: «تعداد حاضران را درست کنید.»")]
    [InlineData(GeneralAssemblyStatus.Confirmed, "در ثبت تعاونی اعمال شد")]
    [InlineData(GeneralAssemblyStatus.Cancelled, "این مجمع لغو شد")]
    public void The_managers_read_what_happened_and_what_comes_next(GeneralAssemblyStatus status, string sentence)
    {
        var view = GeneralAssemblyViews.View(status: status, observer: "کارشناس نمونه", returnComment: "تعداد حاضران را درست کنید.");

        var outcome = Context.Render<AssemblyOutcome>(p => p.Add(c => c.View, view));

        Assert.Contains(sentence, outcome.Find("#ga-outcome").TextContent, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyText.Title(status), outcome.Find("#ga-status").TextContent.Trim());
        Assert.Single(outcome.FindAll("h1"));
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.Announced, "رئیس اداره کل باید درباره نظارت تصمیم بگیرد")]
    [InlineData(GeneralAssemblyStatus.AwaitingObserver, "در انتظار گزارش ناظر («کارشناس نمونه»)")]
    [InlineData(GeneralAssemblyStatus.IrregularitiesReported, "ناظر تخلف گزارش کرد")]
    public void The_office_reads_who_acts_next(GeneralAssemblyStatus status, string sentence)
    {
        var view = GeneralAssemblyViews.View(status: status, observer: "کارشناس نمونه");

        var outcome = Context.Render<AssemblyOutcome>(p => p.Add(c => c.View, view).Add(c => c.Office, true));

        Assert.Contains(sentence, outcome.Find("#ga-outcome").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Once_confirmed_with_a_notice_the_managers_and_the_office_get_its_download_link(bool office)
    {
        var view = GeneralAssemblyViews.View(status: GeneralAssemblyStatus.Confirmed) with { ChangeNoticeNumber = "1405/14/00007" };

        var outcome = Context.Render<AssemblyOutcome>(p => p.Add(c => c.View, view).Add(c => c.Office, office));

        var link = outcome.Find("a#assembly-change-notice-download");
        Assert.Equal($"general-assemblies/{GeneralAssemblyViews.AssemblyId}/change-notice.pdf", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
        Assert.Contains("آگهی تغییرات", link.TextContent, StringComparison.Ordinal);
        Assert.Equal("1405/14/00007", outcome.Find("#assembly-change-notice-number").TextContent.Trim());
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.Confirmed)]
    [InlineData(GeneralAssemblyStatus.MinutesSubmitted)]
    public void Without_a_notice_there_is_no_download_link(GeneralAssemblyStatus status)
    {
        var outcome = Context.Render<AssemblyOutcome>(p => p.Add(c => c.View, GeneralAssemblyViews.View(status: status)));

        Assert.Empty(outcome.FindAll("#assembly-change-notice-download"));
    }
}
