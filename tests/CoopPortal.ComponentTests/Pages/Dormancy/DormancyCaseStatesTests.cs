using Bunit;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Dormancy.Decide;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Web.Components.Pages.Dormancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Pages.Dormancy;

/// <summary>
/// The dormancy case page's parts in each state: the outcome first (waiting, past the deadline, revived, dissolution
/// pursued, closed), and the decision panel offering exactly the decisions of the view, revival disabled until earned.
/// </summary>
public sealed class DormancyCaseStatesTests : ComponentTest
{
    private static readonly DateOnly Deadline = new(2027, 1, 22);

    private static DormancyCaseView View(
        DormancyStatus status, bool deadlinePassed = false, bool earned = false, bool isManager = false, IReadOnlySet<DormancyAction>? decisions = null,
        DissolutionGround? ground = null, string? text = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "تعاونی آزمون رکود", "112179", status, CooperativeStatus.DormancyCaseOpen, [1403, 1404],
        new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), Deadline, deadlinePassed, null, null, null, ground, text, null, null,
        [new("D01", "خوداظهاری همه سال‌های معوق ارسال شده است.", earned, "سال‌های معوق: 1403، 1404"), new("D02", "مجمع", earned, "شاهد")],
        [], "1405/14/00004", isManager, decisions ?? new HashSet<DormancyAction>());

    private IRenderedComponent<DormancyOutcome> Outcome(DormancyCaseView view) => Context.Render<DormancyOutcome>(p => p.Add(c => c.View, view));

    private IRenderedComponent<DormancyDecisionPanel> Panel(DormancyCaseView view)
    {
        Context.Services.AddSingleton(new DormancyDecisionHandler(null!, null!, null!));
        return Context.Render<DormancyDecisionPanel>(p => p.Add(c => c.View, view));
    }

    [Fact]
    public void A_waiting_case_tells_the_managers_what_to_do_by_the_jalali_deadline()
    {
        var cut = Outcome(View(DormancyStatus.AwaitingAnswer, isManager: true));
        var outcome = cut.Find("#dormancy-outcome");
        Assert.Equal(nameof(DormancyStatus.AwaitingAnswer), outcome.GetAttribute("data-status"));
        Assert.Contains("در انتظار پاسخ تعاونی", outcome.TextContent, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵", outcome.TextContent, StringComparison.Ordinal);
        Assert.Contains("خوداظهاری‌های معوق را ارسال کنید", outcome.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_past_its_deadline_says_the_head_decides()
    {
        var cut = Outcome(View(DormancyStatus.Answered, deadlinePassed: true));
        Assert.Contains("تصمیم با مدیر اداره کل است", cut.Find("#dormancy-outcome").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DormancyStatus.Revived, "فعال")]
    [InlineData(DormancyStatus.DissolutionPursued, "منحل")]
    [InlineData(DormancyStatus.Closed, "دلیل: تعاونی فعال است")]
    public void An_ended_case_says_how_it_ended(DormancyStatus status, string said)
    {
        var cut = Outcome(View(status, ground: status == DormancyStatus.DissolutionPursued ? DissolutionGround.NoAnswer : null, text: "تعاونی فعال است"));
        Assert.Contains(said, cut.Find("#dormancy-outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_panel_offers_only_the_views_decisions_and_revival_waits_for_the_rules()
    {
        var cut = Panel(View(DormancyStatus.AwaitingAnswer, decisions: new HashSet<DormancyAction> { DormancyAction.Revive }));
        Assert.True(cut.Find("#dormancy-revive").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("#dormancy-dissolve"));
        Assert.Empty(cut.FindAll("#dormancy-close"));
        Assert.Empty(cut.FindAll("#dormancy-ground"));
    }

    [Fact]
    public void The_head_gets_the_legal_ground_list_dissolution_and_closure()
    {
        var cut = Panel(View(DormancyStatus.Answered, deadlinePassed: true, earned: true,
            decisions: new HashSet<DormancyAction> { DormancyAction.Revive, DormancyAction.PursueDissolution, DormancyAction.Close }));
        Assert.False(cut.Find("#dormancy-revive").HasAttribute("disabled"));
        Assert.NotNull(cut.Find("#dormancy-dissolve"));
        Assert.NotNull(cut.Find("#dormancy-close"));
        Assert.NotNull(cut.Find("#dormancy-ground"));
    }
}
