using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Web.Components.Common;

namespace CoopPortal.ComponentTests.Common;

/// <summary>The task list every case with sections shares (a formation application, a self-declaration).</summary>
public sealed class TaskListTests : ComponentTest
{
    private IRenderedComponent<TaskList> Render(params TaskListItem[] items) =>
        Context.Render<TaskList>(p => p.Add(c => c.Items, items).Add(c => c.Label, "بخش‌های خوداظهاری").Add(c => c.CheckHref, "declarations/1/check"));

    [Fact]
    public void Each_section_links_to_its_page_with_its_status_as_text_and_the_count_of_completed_ones()
    {
        var cut = Render(
            new TaskListItem("members", "اعضا، کارکنان و سرمایه", "declarations/1/sections/members", SectionStatus.Completed),
            new TaskListItem("finances", "صورت‌های مالی", "declarations/1/sections/finances", SectionStatus.NeedsCorrection),
            new TaskListItem("assemblies", "مجامع عمومی", null, SectionStatus.NotStarted));

        Assert.Equal("بخش‌های خوداظهاری", cut.Find("#task-list").GetAttribute("aria-label"));
        var link = cut.Find("#task-finances a");
        Assert.Equal("declarations/1/sections/finances", link.GetAttribute("href"));
        Assert.Equal("task-status-finances", link.GetAttribute("aria-describedby"));
        Assert.Equal("نیاز به اصلاح", cut.Find("#task-status-finances").TextContent.Trim());
        Assert.Empty(cut.FindAll("#task-assemblies a")); // a section that cannot be opened now is named, not linked
        Assert.Equal("شروع نشده", cut.Find("#task-status-assemblies").TextContent.Trim());
        Assert.Contains("۱ از ۳ بخش تکمیل شده است.", cut.Find("#task-list-intro").TextContent, StringComparison.Ordinal);
        Assert.Equal("declarations/1/check", cut.Find("#go-check").GetAttribute("href"));
    }
}
