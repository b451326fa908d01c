using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CoopPortal.ComponentTests.Common;

/// <summary>The frame of a section page, shared by the formation application and the self-declaration.</summary>
public sealed class CaseSectionFrameTests : ComponentTest
{
    private IRenderedComponent<CaseSectionFrame> Render(bool toDo, EventCallback? onContinue = null) =>
        Context.Render<CaseSectionFrame>(p =>
        {
            p.Add(c => c.Crumbs, [new BreadcrumbItem("تعاونی‌های من", "cooperatives"), new BreadcrumbItem("صورت‌های مالی", null, disabled: true)])
                .Add(c => c.Title, "صورت‌های مالی")
                .Add(c => c.Status, toDo ? SectionStatus.NotStarted : SectionStatus.NeedsCorrection)
                .Add(c => c.Problems, [new ProblemLink("جمع دارایی‌ها را وارد کنید.", "declarations/1/sections/finances#decl-TotalAssets")])
                .Add(c => c.ProblemsAreToDo, toDo)
                .Add(c => c.Editable, true)
                .Add(c => c.NextHref, "declarations/1/sections/assemblies")
                .Add(c => c.BackHref, "declarations/1")
                .AddChildContent("<input id=\"decl-TotalAssets\" />");
            if (onContinue is { } callback)
            {
                p.Add(c => c.OnContinue, callback);
            }
        });

    [Fact]
    public void What_a_section_not_started_still_needs_is_a_polite_list_and_errors_are_an_alert_that_can_take_the_focus()
    {
        var toDo = Render(toDo: true).Find("#error-summary");
        Assert.Equal("status", toDo.GetAttribute("role"));
        Assert.Contains("todo-summary", toDo.ClassList);

        var cut = Render(toDo: false);
        var errors = cut.Find("#error-summary");
        Assert.Equal("alert", errors.GetAttribute("role"));
        Assert.Equal("-1", errors.GetAttribute("tabindex"));
        Assert.Equal("declarations/1/sections/finances#decl-TotalAssets", errors.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("نیاز به اصلاح", cut.Find("#section-status").TextContent.Trim());
        Assert.Equal("600", cut.Find("[data-autosave]").GetAttribute("data-autosave"));
        Assert.Equal("declarations/1", cut.Find("#back-to-tasks").GetAttribute("href"));
    }

    [Fact]
    public void Continue_is_a_link_to_the_next_section_unless_the_page_checks_the_section_first()
    {
        Assert.Equal("declarations/1/sections/assemblies", Render(toDo: false).Find("#continue").GetAttribute("href"));

        var pressed = 0;
        var cut = Render(toDo: false, EventCallback.Factory.Create(this, () => pressed++));
        var button = cut.Find("#continue");
        Assert.Null(button.GetAttribute("href"));
        button.Click();
        Assert.Equal(1, pressed);
    }
}
