using Bunit;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.Candidacies;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>
/// The office's decisions on a candidate: only those the view's actions offer, each confirmed in the one dialog with
/// the facts (the «بررسی دستی» rules to have looked at), a refusal only with a reason (prefilled with the barring rules).
/// </summary>
public sealed class CandidacyDecisionPanelTests : ComponentTest
{
    private readonly List<CandidacyDecision> _decisions = [];

    private static HashSet<CandidacyAction> Offer(params CandidacyAction[] actions) => [.. actions];

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<CandidacyDecisionPanel> Panel) Render(CandidacyView view)
    {
        var dialogs = Context.Render<MudDialogProvider>();
        Context.Render<MudPopoverProvider>();
        return (dialogs, RenderPanel(view));
    }

    private IRenderedComponent<CandidacyDecisionPanel> RenderPanel(CandidacyView view) =>
        Context.Render<CandidacyDecisionPanel>(p => p
            .Add(c => c.View, view)
            .Add(c => c.OnDecide, EventCallback.Factory.Create<CandidacyDecision>(this, d => _decisions.Add(d))));

    [Fact]
    public void Only_the_decisions_the_view_offers_are_shown()
    {
        var both = RenderPanel(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Approve, CandidacyAction.Refuse)));
        Assert.Single(both.FindAll("#candidacy-approve"));
        Assert.Single(both.FindAll("#candidacy-refuse"));

        var refuseOnly = RenderPanel(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Refuse)));
        Assert.Empty(refuseOnly.FindAll("#candidacy-approve"));
        Assert.Single(refuseOnly.FindAll("#candidacy-refuse"));

        var none = RenderPanel(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Withdraw)));
        Assert.Empty(none.FindAll("#candidacy-approve"));
        Assert.Empty(none.FindAll("#candidacy-refuse"));
    }

    [Fact]
    public void A_confirmed_approval_lists_the_rules_to_check_by_hand_and_runs()
    {
        var (dialogs, panel) = Render(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Approve), [CandidacyViews.ByHand]));

        panel.Find("#candidacy-approve").Click();
        var facts = dialogs.WaitForElement("#confirm-facts").TextContent;
        Assert.Contains("زهرا احمدی", facts, StringComparison.Ordinal);
        Assert.Contains("عضو اصلی هیئت مدیره", facts, StringComparison.Ordinal);
        Assert.Contains("تعاونی مسکن فرهنگیان", facts, StringComparison.Ordinal);
        Assert.Contains("E05", facts, StringComparison.Ordinal);
        Assert.Contains("عضویت نامزد در سامانه قابل بررسی نیست.", facts, StringComparison.Ordinal);
        Assert.Equal("تأیید صلاحیت", dialogs.Find("#confirm-decision").TextContent.Trim());
        dialogs.Find("#confirm-decision").Click();

        panel.WaitForAssertion(() => Assert.Contains("تأیید شد", Assert.Single(_decisions).Done, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancelled_approval_decides_nothing()
    {
        var (dialogs, panel) = Render(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Approve)));

        panel.Find("#candidacy-approve").Click();
        dialogs.WaitForElement("#confirm-cancel").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#confirm-dialog")));
        Assert.Empty(_decisions);
    }

    [Fact]
    public void The_refusal_reason_starts_from_the_rules_that_bar_the_candidate_and_is_confirmed()
    {
        var (dialogs, panel) = Render(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Refuse), [CandidacyViews.NotAMember, CandidacyViews.ByHand]));

        var reason = panel.Find("#candidacy-refuse-reason").GetAttribute("value") ?? panel.Find("#candidacy-refuse-reason").TextContent;
        Assert.Contains("E01", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("E05", reason, StringComparison.Ordinal);
        panel.Find("#candidacy-refuse").Click();

        Assert.Contains("E01", dialogs.WaitForElement("#confirm-facts").TextContent, StringComparison.Ordinal);
        Assert.Equal("رد صلاحیت", dialogs.Find("#confirm-decision").TextContent.Trim());
        dialogs.Find("#confirm-decision").Click();
        panel.WaitForAssertion(() => Assert.Contains("رد شد", Assert.Single(_decisions).Done, StringComparison.Ordinal));
    }

    [Fact]
    public void A_refusal_without_a_reason_is_not_asked_about_nor_sent()
    {
        var (dialogs, panel) = Render(CandidacyViews.View(CandidacyStatus.Registered, Offer(CandidacyAction.Refuse)));

        panel.Find("#candidacy-refuse").Click();

        Assert.Contains(CandidacyDecisionPanel.ReasonRequired, panel.Markup, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("#confirm-dialog"));
        Assert.Empty(_decisions);
    }
}
