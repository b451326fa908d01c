using Bunit;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Application.Festival.Decide;
using CoopPortal.Application.Festival.Publish;
using CoopPortal.Application.Festival.Shortlist;
using CoopPortal.Application.Festival.Standings;
using CoopPortal.Application.Festival.Winners;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Festival;
using CoopPortal.Web.Components.Pages.Festival;
using CoopPortal.Web.Components.Pages.Info;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Pages.Festival;

/// <summary>
/// The festival's pages (issue 21, point 4): the outcome says where the case stands first; a reviewer gets the
/// shortlist's controls and the head the decision's, as the view's decisions say; the criteria open with their
/// evidence; the public page lists the winners with orientation and county, or says none are published.
/// </summary>
public sealed class FestivalPagesTests : ComponentTest
{
    private readonly List<FestivalStep> _steps = [];

    public FestivalPagesTests()
    {
        // The panels' use cases are never run here: the page runs the steps the panels hand it.
        Context.Services.AddSingleton(new ShortlistHandler(null!, null!, null!, null!, null!));
        Context.Services.AddSingleton(new FestivalDecisionHandler(null!, null!, null!));
        Context.Services.AddSingleton(new PublishFestivalHandler(null!, null!, null!));
    }

    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    private static NomineeView Nominee(Guid id, string name, bool winner = false) => new(
        id, name, "12345", 1, "کشاورزی", "زنجان", 1, 80, 100,
        [new FestivalFinding("F04", "اظهارنامه مالیاتی تسلیم شده است.", 10, "طبق خوداظهاری سال، اظهارنامه مالیاتی تسلیم شده")],
        "بهترین کارنامه", winner, winner ? Guid.NewGuid() : null, winner ? "1405/14/00001" : null);

    private static FestivalView View(FestivalStatus status, IReadOnlyList<FestivalAction> decisions, string? comment = null, FestivalStandings? standings = null) => new(
        Guid.NewGuid(), 14, "زنجان", 1404, status, comment, 3,
        [Nominee(First, "تعاونی نخست", status is FestivalStatus.WinnersConfirmed), Nominee(Second, "تعاونی دوم")], decisions, [], standings);

    private EventCallback<FestivalStep> OnRun => EventCallback.Factory.Create<FestivalStep>(this, s => _steps.Add(s));

    private IRenderedComponent<FestivalShortlist> Shortlist(FestivalView view) => Context.Render<FestivalShortlist>(p => p.Add(c => c.View, view).Add(c => c.OnRun, OnRun));

    private IRenderedComponent<FestivalDecisionPanel> Decision(FestivalView view) => Context.Render<FestivalDecisionPanel>(p => p.Add(c => c.View, view).Add(c => c.OnRun, OnRun));

    private IRenderedComponent<FestivalStandingsPanel> Standings(FestivalView view) => Context.Render<FestivalStandingsPanel>(p => p.Add(c => c.View, view).Add(c => c.OnRun, OnRun));

    [Theory]
    [InlineData(FestivalStatus.Shortlisting, "کارشناسان")]
    [InlineData(FestivalStatus.ShortlistSubmitted, "مدیر امور تعاونی")]
    [InlineData(FestivalStatus.WinnersConfirmed, "لوح تقدیر")]
    [InlineData(FestivalStatus.Published, "صفحه عمومی")]
    public void The_outcome_says_where_the_festival_stands_and_what_comes_next(FestivalStatus status, string next)
    {
        var outcome = Context.Render<FestivalOutcome>(p => p.Add(c => c.View, View(status, [])));
        var text = outcome.Find("#festival-outcome").TextContent;
        Assert.Contains(FestivalText.Title(status), text, StringComparison.Ordinal);
        Assert.Contains(next, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sent_back_shortlist_shows_the_head_s_comment()
    {
        var outcome = Context.Render<FestivalOutcome>(p => p.Add(c => c.View, View(FestivalStatus.Shortlisting, [], "امتیازها دوباره بررسی شود")));
        Assert.Contains("امتیازها دوباره بررسی شود", outcome.Find("#festival-return-comment").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reviewer_gets_remove_and_submit_and_the_head_neither()
    {
        var reviewer = Shortlist(View(FestivalStatus.Shortlisting, [FestivalAction.Shortlist, FestivalAction.Unlist, FestivalAction.SubmitShortlist]));
        Assert.NotNull(reviewer.Find($"#festival-remove-{First}"));
        Assert.NotNull(reviewer.Find("#festival-submit"));
        Assert.Contains("بهترین کارنامه", reviewer.Find($"#festival-nominee-{First}").TextContent, StringComparison.Ordinal);

        var head = Shortlist(View(FestivalStatus.ShortlistSubmitted, [FestivalAction.ConfirmWinners, FestivalAction.SendBack]));
        Assert.Empty(head.FindAll("#festival-submit"));
        Assert.Empty(head.FindAll($"#festival-remove-{First}"));
    }

    [Fact]
    public void Removing_a_nominee_hands_the_step_to_the_page()
    {
        var reviewer = Shortlist(View(FestivalStatus.Shortlisting, [FestivalAction.Unlist]));
        reviewer.Find($"#festival-remove-{Second}").Click();
        Assert.Equal("«تعاونی دوم» از فهرست نامزدها حذف شد.", Assert.Single(_steps).Done);
    }

    [Fact]
    public void A_winner_s_certificate_is_linked_once_confirmed()
    {
        var confirmed = Shortlist(View(FestivalStatus.WinnersConfirmed, []));
        Assert.Equal("true", confirmed.Find($"#festival-nominee-{First}").GetAttribute("data-winner"));
        Assert.StartsWith("festival/certificates/", confirmed.Find($"#festival-certificate-{First}").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Empty(confirmed.FindAll($"#festival-certificate-{Second}"));
    }

    [Fact]
    public void The_head_s_confirmation_waits_for_a_winner_and_a_send_back_for_a_comment()
    {
        var panel = Decision(View(FestivalStatus.ShortlistSubmitted, [FestivalAction.ConfirmWinners, FestivalAction.SendBack]));
        Assert.True(panel.Find("#festival-confirm").HasAttribute("disabled"));
        Assert.Equal(2, panel.FindAll("#festival-winners input[type=checkbox]").Count);

        panel.Find("#festival-send-back").Click();
        Assert.Contains(FestivalDecisionPanel.CommentRequired, panel.Markup, StringComparison.Ordinal);
        Assert.Empty(_steps);

        panel.FindAll("#festival-winners input[type=checkbox]")[0].Change(true);
        Assert.False(panel.Find("#festival-confirm").HasAttribute("disabled"));
        Assert.Empty(panel.FindAll("#festival-publish"));
    }

    [Fact]
    public void The_standings_show_each_criterion_with_its_evidence_and_the_reviewer_s_controls()
    {
        var entry = new FestivalStanding(1, Guid.NewGuid(), "تعاونی سوم", "777", "زنجان",
            new FestivalScore(10, 100, [new FestivalFinding("F04", "اظهارنامه مالیاتی تسلیم شده است.", 10, "طبق خوداظهاری سال، اظهارنامه مالیاتی تسلیم شده")]));
        var standings = new FestivalStandings(14, "زنجان", 1404, 100, [new FestivalGroup(1, "کشاورزی", [entry])]);
        var panel = Standings(View(FestivalStatus.Shortlisting, [FestivalAction.Shortlist], standings: standings));

        var findings = panel.Find($"#festival-findings-{entry.CooperativeId}");
        Assert.Contains("طبق خوداظهاری سال، اظهارنامه مالیاتی تسلیم شده", findings.TextContent, StringComparison.Ordinal);
        Assert.Equal(FestivalCriteria.All.Count - 1, findings.QuerySelectorAll(".festival-missed").Length);
        Assert.NotNull(panel.Find($"#festival-add-{entry.CooperativeId}"));

        var headquarters = Standings(View(FestivalStatus.Shortlisting, [], standings: standings));
        Assert.Empty(headquarters.FindAll($"#festival-add-{entry.CooperativeId}"));
    }

    [Fact]
    public void The_public_page_lists_each_province_s_winners_with_orientation_and_county()
    {
        var winners = new PublicWinners(1404, null, [1404, 1403], [new PublicProvince(14, "زنجان")],
            [new PublicProvinceWinners(14, "زنجان", [new PublicWinner("تعاونی نخست", "کشاورزی", "ابهر")])]);
        var page = Context.Render<FestivalWinnersView>(p => p.Add(c => c.Winners, winners));

        var row = page.Find(".winner-row");
        Assert.Equal(["تعاونی نخست", "کشاورزی", "ابهر"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("get", page.Find("#winners-form").GetAttribute("method"));
        Assert.Equal(["۱۴۰۴", "۱۴۰۳"], page.FindAll("#year option").Select(o => o.TextContent.Trim()));
    }

    [Fact]
    public void The_public_page_says_when_nothing_is_published()
    {
        var page = Context.Render<FestivalWinnersView>(p => p.Add(c => c.Winners, new PublicWinners(null, null, [], [], [])));
        Assert.NotNull(page.Find("#winners-none"));
        Assert.Empty(page.FindAll("#winners-form"));
    }
}
