using Bunit;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;
using CoopPortal.Web.Components.Pages.Review;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopPortal.ComponentTests.Pages.Review;

/// <summary>
/// The office's decision panel (issue 18): irreversible decisions are confirmed in a dialog that sums them up, a
/// cancelled one decides nothing, several sections go back in one decision, and while a decision runs the panel says
/// so and holds its buttons.
/// </summary>
public sealed class DecisionPanelTests : ComponentTest
{
    private const string Reviewer = "reviewer-1";
    private readonly List<ReviewDecision> _decisions = [];
    private TaskCompletionSource? _answer;

    public DecisionPanelTests()
    {
        Context.Services.AddOptions<ReviewOptions>();
        Context.Services.AddSingleton<IStaffDirectory>(new Staff());
    }

    private static FormationApplication Application(Action<FormationApplication> then)
    {
        var now = DateTime.UtcNow;
        var application = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), Users.Province, 1, now);
        application.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(now)), "K7TM-29QH", now);
        application.Claim(Reviewer, now);
        then(application);
        return application;
    }

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<DecisionPanel> Panel) Render(FormationApplication application, CurrentUserSnapshot user)
    {
        var dialogs = Context.Render<MudDialogProvider>();
        Context.Render<MudPopoverProvider>();
        var panel = Context.Render<DecisionPanel>(p => p
            .Add(c => c.Application, application)
            .Add(c => c.User, user)
            .Add(c => c.OnDecide, EventCallback.Factory.Create<ReviewDecision>(this, async d =>
            {
                _decisions.Add(d);
                if (_answer is not null)
                {
                    await _answer.Task;
                }
            })));
        return (dialogs, panel);
    }

    private static CurrentUserSnapshot Head => new("head-1", new HashSet<string>(StringComparer.Ordinal) { Roles.HeadOfOffice }, Users.Province);

    private static CurrentUserSnapshot TheReviewer => new(Reviewer, new HashSet<string>(StringComparer.Ordinal) { Roles.Reviewer }, Users.Province);

    [Fact]
    public void A_county_head_reads_the_recommendation_and_is_told_the_province_decides_without_a_decision_button()
    {
        var countyHead = Head with { CountyId = 1 };
        var deciding = Head with { CountyId = 1, TakesHeadSteps = true };
        var application = Application(a => a.Recommend(Reviewer, "مدارک کامل است.", DateTime.UtcNow));

        var (_, panel) = Render(application, countyHead);

        Assert.Contains("مدارک کامل است.", panel.Find("#recommendation").TextContent, StringComparison.Ordinal);
        Assert.Equal(WorkflowAuthorization.ProvinceHeadDecides, panel.Find("#province-decides").TextContent.Trim());
        Assert.Empty(panel.FindAll("#approve"));
        Assert.Empty(panel.FindAll("#return-to-reviewer"));
        var allowed = Context.Render<DecisionPanel>(p => p.Add(c => c.Application, application).Add(c => c.User, deciding));
        Assert.Single(allowed.FindAll("#approve"));
        Assert.Empty(allowed.FindAll("#province-decides"));
    }

    [Fact]
    public void The_head_sees_the_recommendation_and_a_cancelled_approval_decides_nothing()
    {
        var (dialogs, panel) = Render(Application(a => a.Recommend(Reviewer, "مدارک کامل است.", DateTime.UtcNow)), Head);

        Assert.Contains("مدارک کامل است.", panel.Find("#recommendation").TextContent, StringComparison.Ordinal);
        Assert.Contains("مریم کارشناس", panel.Find("#recommendation").TextContent, StringComparison.Ordinal);
        panel.Find("#approve").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("K7TM-29QH", dialogs.Find("#confirm-facts").TextContent, StringComparison.Ordinal));
        Assert.Contains("ابطال", dialogs.Find("#confirm-consequence").TextContent, StringComparison.Ordinal);
        dialogs.Find("#confirm-cancel").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#confirm-dialog")));
        Assert.Empty(_decisions);
    }

    [Fact]
    public void A_confirmed_approval_runs_and_the_panel_says_so_until_it_has_answered()
    {
        _answer = new TaskCompletionSource();
        var (dialogs, panel) = Render(Application(a => a.Recommend(Reviewer, null, DateTime.UtcNow)), Head);

        panel.Find("#approve").Click();
        dialogs.WaitForElement("#confirm-decision").Click();

        panel.WaitForAssertion(() => Assert.Equal("درخواست تأیید شد و موافقت‌نامه تشکیل صادر شد.", Assert.Single(_decisions).Done));
        panel.WaitForAssertion(() => Assert.Contains("در حال ثبت تصمیم", panel.Find("#decision-progress").TextContent, StringComparison.Ordinal));
        Assert.True(panel.Find("#approve").HasAttribute("disabled"));
        Assert.Equal("true", panel.Find("#decision-panel").GetAttribute("aria-busy"));

        _answer.SetResult();
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("#decision-progress")));
        Assert.False(panel.Find("#approve").HasAttribute("disabled"));
    }

    [Fact]
    public void Several_sections_go_back_in_one_confirmed_decision()
    {
        var (dialogs, panel) = Render(Application(_ => { }), TheReviewer);

        panel.Find("#sendback-comment-0").Change("نشانی را کامل کنید.");
        panel.Find("#sendback-add").Click();
        panel.Find("#sendback-comment-1").Change("نام دیگری برگزینید.");
        panel.Find("#send-back").Click();

        var facts = dialogs.WaitForElement("#confirm-facts").TextContent;
        Assert.Contains("مشخصات تعاونی", facts, StringComparison.Ordinal);
        Assert.Contains("نشانی را کامل کنید.", facts, StringComparison.Ordinal);
        Assert.Contains("نام‌های پیشنهادی", facts, StringComparison.Ordinal);
        Assert.Contains("نام دیگری برگزینید.", facts, StringComparison.Ordinal);
        dialogs.Find("#confirm-decision").Click();

        panel.WaitForAssertion(() => Assert.Equal(
            "بخش‌های «مشخصات تعاونی»، «نام‌های پیشنهادی» با توضیح‌های شما برای اصلاح به متقاضی بازگردانده شد.", Assert.Single(_decisions).Done));
    }

    [Fact]
    public void A_decision_the_server_will_refuse_is_not_asked_about()
    {
        var (dialogs, panel) = Render(Application(_ => { }), TheReviewer);

        panel.Find("#send-back").Click(); // no comment
        panel.Find("#reject").Click(); // no reason

        Assert.Equal(2, _decisions.Count);
        Assert.Empty(dialogs.FindAll("#confirm-dialog"));
    }

    private sealed class Staff : IStaffDirectory
    {
        public Task<bool> IsReviewerForAsync(string userId, int provinceId, int? countyId, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<IReadOnlyList<StaffMember>> ReviewersForAsync(int provinceId, int? countyId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StaffMember>>([new StaffMember(Reviewer, "مریم کارشناس")]);

        public Task<IReadOnlyList<string>> HeadsForAsync(int provinceId, int? countyId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task<string?> FullNameAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<string?>(userId == Reviewer ? "مریم کارشناس" : null);

        public Task<IReadOnlyList<string>> UserIdsByNationalCodesAsync(IReadOnlyCollection<string> nationalCodes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);
    }
}
