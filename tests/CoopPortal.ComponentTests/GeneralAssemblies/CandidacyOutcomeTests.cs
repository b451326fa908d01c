using Bunit;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.Candidacies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>The candidacy's page opens with what happened and what to do next.</summary>
public sealed class CandidacyOutcomeTests : ComponentTest
{
    private IRenderedComponent<CandidacyOutcome> Render(CandidacyView view) =>
        Context.Render<CandidacyOutcome>(p => p.Add(c => c.View, view));

    [Theory]
    [InlineData(CandidacyStatus.Registered, "registered", "mud-alert-text-info")]
    [InlineData(CandidacyStatus.Approved, "approved", "mud-alert-text-success")]
    [InlineData(CandidacyStatus.Refused, "refused", "mud-alert-text-error")]
    [InlineData(CandidacyStatus.Withdrawn, "withdrawn", "mud-alert-text-info")]
    public void Each_status_has_its_own_outcome(CandidacyStatus status, string outcome, string colour)
    {
        var found = Render(CandidacyViews.View(status)).Find("#outcome");

        Assert.Equal(outcome, found.GetAttribute("data-outcome"));
        Assert.Contains(colour, found.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiting_candidacy_names_the_documents_still_to_upload_and_says_the_office_checks()
    {
        var cut = Render(CandidacyViews.View(CandidacyStatus.Registered, files: [CandidacyViews.IdCard()]));

        var missing = cut.Find("#outcome-missing-files").TextContent;
        Assert.Contains("گواهی عدم سوء پیشینه", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("تصویر کارت ملی", missing, StringComparison.Ordinal);
        Assert.Contains("اداره کل", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains("عضو اصلی هیئت مدیره", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manager_reading_a_waiting_candidacy_is_not_asked_to_upload()
    {
        var cut = Render(CandidacyViews.View(CandidacyStatus.Registered, isCandidate: false));

        Assert.Empty(cut.FindAll("#outcome-missing-files"));
        Assert.Contains("زهرا احمدی", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_gives_the_offices_reason()
    {
        var cut = Render(CandidacyViews.View(CandidacyStatus.Refused, reason: "نامزد عضو تعاونی نیست."));

        Assert.Equal("نامزد عضو تعاونی نیست.", cut.Find("#outcome-reason").TextContent.Trim());
    }
}
