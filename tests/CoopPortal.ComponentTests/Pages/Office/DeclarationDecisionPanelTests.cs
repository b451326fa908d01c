using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Pages.Office.Declarations;
using Microsoft.AspNetCore.Components;

namespace CoopPortal.ComponentTests.Pages.Office;

public sealed class DeclarationDecisionPanelTests : ComponentTest
{
    private readonly List<DeclarationDecision> _decisions = [];

    /// <summary>The panel as the page renders it for a reviewer: with the office's rows of the workflow table from the status.</summary>
    private IRenderedComponent<DeclarationDecisionPanel> Render(DeclarationStatus status, DateOnly? plannedOn = null, IReadOnlyDictionary<string, string[]>? errors = null, IReadOnlySet<DeclarationAction>? decisions = null) =>
        Context.Render<DeclarationDecisionPanel>(p => p
            .Add(c => c.DeclarationId, Guid.NewGuid())
            .Add(c => c.Status, status)
            .Add(c => c.Decisions, decisions ?? SelfDeclaration.Workflow.ActionsFrom(status, actor => actor == CaseActors.Office).ToHashSet())
            .Add(c => c.PlannedOn, plannedOn)
            .Add(c => c.Errors, errors)
            .Add(c => c.OnDecide, EventCallback.Factory.Create<DeclarationDecision>(this, d => _decisions.Add(d))));

    [Fact]
    public void Sending_back_without_a_comment_asks_for_one_and_decides_nothing()
    {
        var cut = Render(DeclarationStatus.Submitted);

        cut.Find("#decl-send-back").Click();

        Assert.Empty(_decisions);
        Assert.Contains(DeclarationDecisionPanel.CommentRequired, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Sending_back_with_a_comment_passes_the_decision_to_the_page()
    {
        var cut = Render(DeclarationStatus.Resubmitted);

        cut.Find("#decl-return-comment").Change("صورت‌های مالی را اصلاح کنید.");
        cut.Find("#decl-send-back").Click();

        var decision = Assert.Single(_decisions);
        Assert.Contains("بازگردانده شد", decision.Done, StringComparison.Ordinal);
        Assert.DoesNotContain(DeclarationDecisionPanel.CommentRequired, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_needs_no_comment()
    {
        var cut = Render(DeclarationStatus.Submitted);

        cut.Find("#decl-accept").Click();

        Assert.Equal("خوداظهاری پذیرفته شد.", Assert.Single(_decisions).Done);
    }

    [Fact]
    public void The_visit_date_error_from_the_use_case_is_shown_under_the_date()
    {
        const string message = "تاریخ بازدید را به شکل ۱۴۰۵/۰۹/۱۵ وارد کنید.";
        var cut = Render(DeclarationStatus.Submitted, errors: new Dictionary<string, string[]> { ["PlannedOn"] = [message] });

        Assert.Contains(message, cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("#decl-plan-visit"));
    }

    [Fact]
    public void Once_a_visit_is_planned_it_shows_the_jalali_date_and_offers_no_second_plan()
    {
        var cut = Render(DeclarationStatus.InspectionPlanned, plannedOn: new DateOnly(2026, 12, 6));

        Assert.Empty(cut.FindAll("#decl-plan-visit"));
        Assert.Contains("۱۴۰۵/۰۹/۱۵", cut.Find("#decl-visit-planned").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("#decl-accept"));
        Assert.NotNull(cut.Find("#decl-send-back"));
    }

    [Fact]
    public void A_planned_visit_is_recorded_with_its_date_and_findings_and_their_errors_show_under_each_field()
    {
        var cut = Render(DeclarationStatus.InspectionPlanned, plannedOn: new DateOnly(2026, 12, 6),
            errors: new Dictionary<string, string[]> { ["VisitedOn"] = ["تاریخ انجام بازدید نمی‌تواند در آینده باشد."], ["Findings"] = ["یافته‌ها را بنویسید."] });

        Assert.Contains("نمی‌تواند در آینده باشد", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("یافته‌ها را بنویسید.", cut.Markup, StringComparison.Ordinal);
        cut.Find("#decl-visited-on").Change("۱۴۰۵/۰۹/۱۵");
        cut.Find("#decl-findings").Change("دفاتر قانونی به‌روز است.");
        cut.Find("#decl-record-visit").Click();

        Assert.Equal("گزارش بازدید نظارتی ثبت شد.", Assert.Single(_decisions).Done);
    }

    [Fact]
    public void After_the_visit_only_accepting_or_sending_back_remain()
    {
        var cut = Render(DeclarationStatus.Inspected);

        Assert.NotNull(cut.Find("#decl-visit-done"));
        Assert.Empty(cut.FindAll("#decl-plan-visit"));
        Assert.Empty(cut.FindAll("#decl-record-visit"));
        Assert.NotNull(cut.Find("#decl-accept"));
    }

    [Fact]
    public void Only_the_decisions_the_table_offers_the_person_are_shown()
    {
        var cut = Render(DeclarationStatus.Submitted, decisions: new HashSet<DeclarationAction> { DeclarationAction.SendBack });

        Assert.NotNull(cut.Find("#decl-send-back"));
        Assert.Empty(cut.FindAll("#decl-accept"));
        Assert.Empty(cut.FindAll("#decl-plan-visit"));
        Assert.Empty(cut.FindAll("#decl-record-visit"));
    }

    [Fact]
    public void Without_decisions_the_panel_offers_no_button()
    {
        var cut = Render(DeclarationStatus.Submitted, decisions: new HashSet<DeclarationAction>());

        Assert.Empty(cut.FindAll("button"));
    }
}
