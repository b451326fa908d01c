using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Formation;
using CoopPortal.Testing;
using CoopPortal.Web.Components.Pages.Formation;

namespace CoopPortal.ComponentTests.Pages.Formation;

/// <summary>The application's page opens with what happened and what to do next (issue 18).</summary>
public sealed class OutcomeTests : ComponentTest
{
    private const string Reviewer = "reviewer-1";

    private static FormationApplication UnderReview()
    {
        var now = DateTime.UtcNow;
        var application = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), Users.Province, 1, now);
        application.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(now)), "K7TM-29QH", now);
        application.Claim(Reviewer, now);
        return application;
    }

    private IRenderedComponent<Outcome> Render(FormationApplication application) =>
        Context.Render<Outcome>(p => p.Add(c => c.Application, application));

    [Fact]
    public void A_returned_application_lists_each_section_with_its_comment_and_a_link_to_it()
    {
        var application = UnderReview();
        application.SendBack(Reviewer, [(ApplicationSection.Names, null, "نام دیگری برگزینید."), (ApplicationSection.Cooperative, null, "نشانی را کامل کنید.")], DateTime.UtcNow);

        var cut = Render(application);

        Assert.Equal("returned", cut.Find("#outcome").GetAttribute("data-outcome"));
        var links = cut.FindAll("#returned-sections a");
        Assert.Equal([$"applications/{application.Id}/cooperative", $"applications/{application.Id}/names"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("نام دیگری برگزینید.", cut.Find("#returned-sections").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_application_gives_the_reason_and_the_right_to_object()
    {
        var application = UnderReview();
        application.Reject(Reviewer, RejectionReason.All[0], "دو عضو کمتر از ۱۸ سال دارند.", DateTime.UtcNow);

        var cut = Render(application);

        Assert.Equal("rejected", cut.Find("#outcome").GetAttribute("data-outcome"));
        Assert.Contains("دو عضو کمتر از ۱۸ سال دارند.", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains("اعتراض", cut.Find("#outcome-appeal").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approved_application_says_so_and_names_the_next_step()
    {
        var application = UnderReview();
        application.Recommend(Reviewer, null, DateTime.UtcNow);
        application.Approve("head-1", DateTime.UtcNow);

        var cut = Render(application);

        Assert.Equal("approved", cut.Find("#outcome").GetAttribute("data-outcome"));
        Assert.Contains("مجمع عمومی مؤسس", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_has_no_outcome()
    {
        var cut = Render(CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), Users.Province, 1, DateTime.UtcNow));

        Assert.Empty(cut.FindAll("#outcome"));
    }
}
