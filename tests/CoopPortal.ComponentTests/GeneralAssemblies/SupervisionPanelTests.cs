using Bunit;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Staff;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;
using MudBlazor;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class SupervisionPanelTests : ComponentTest
{
    private static readonly StaffMember Reviewer = new("reviewer-1", "کارشناس نمونه");

    private IRenderedComponent<SupervisionPanel> Render(GeneralAssemblyView view, Action<StaffMember>? assign = null, Action<string>? waive = null)
    {
        Context.Render<MudPopoverProvider>();
        return Context.Render<SupervisionPanel>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Observers, [Reviewer])
            .Add(c => c.OnAssign, m => assign?.Invoke(m))
            .Add(c => c.OnWaive, r => waive?.Invoke(r)));
    }

    [Fact]
    public void When_the_policy_requires_an_observer_the_reasons_are_listed_instead_of_the_waiver()
    {
        var view = GeneralAssemblyViews.View(
            requiredBecause: ["انتخاب هیئت مدیره در دستور جلسه است"],
            actions: [GeneralAssemblyAction.AssignObserver, GeneralAssemblyAction.WaiveSupervision]);

        var panel = Render(view);

        Assert.Contains("این مجمع باید ناظر داشته باشد: انتخاب هیئت مدیره در دستور جلسه است", panel.Find("#ga-supervision-required").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("#ga-waive"));
        Assert.Empty(panel.FindAll("#ga-waive-reason"));
        Assert.NotNull(panel.Find("#ga-assign-observer"));
    }

    [Fact]
    public void Without_required_reasons_the_waiver_asks_for_a_reason_before_it_is_sent()
    {
        string? waived = null;
        var panel = Render(GeneralAssemblyViews.View(actions: [GeneralAssemblyAction.AssignObserver, GeneralAssemblyAction.WaiveSupervision]), waive: r => waived = r);

        Assert.Empty(panel.FindAll("#ga-supervision-required"));
        panel.Find("#ga-waive").Click();

        Assert.Null(waived);
        Assert.Contains(SupervisionPanel.ReasonRequired, panel.Markup, StringComparison.Ordinal);

        panel.Find("textarea#ga-waive-reason").Change("تغییر نشانی؛ نیازی به ناظر نیست.");
        panel.Find("#ga-waive").Click();
        Assert.Equal("تغییر نشانی؛ نیازی به ناظر نیست.", waived);
    }

    [Fact]
    public void Assigning_needs_a_reviewer_chosen()
    {
        StaffMember? assigned = null;
        var panel = Render(GeneralAssemblyViews.View(actions: [GeneralAssemblyAction.AssignObserver]), assign: m => assigned = m);

        panel.Find("#ga-assign-observer").Click();

        Assert.Null(assigned);
        Assert.Contains(SupervisionPanel.ObserverRequired, panel.Markup, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("#ga-waive"));
    }
}
