using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.Candidacies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>The eligibility rules that fired, as the office and (after a decision) the candidate read them.</summary>
public sealed class EligibilityFindingsTests : ComponentTest
{
    private IRenderedComponent<EligibilityFindings> Render(params EligibilityFinding[] findings) =>
        Context.Render<EligibilityFindings>(p => p.Add(c => c.Findings, findings));

    [Fact]
    public void Each_rule_shows_its_id_in_Latin_its_explanation_its_verdict_in_its_colour_and_the_evidence()
    {
        var cut = Render(CandidacyViews.NotAMember, CandidacyViews.ByHand);

        var rows = cut.FindAll("tr.eligibility-finding");
        Assert.Equal(2, rows.Count);
        Assert.Equal("E01", rows[0].QuerySelector(".eligibility-rule-id")!.TextContent.Trim());
        Assert.Equal("ltr", rows[0].QuerySelector(".eligibility-rule-id")!.GetAttribute("dir"));
        Assert.Contains("باید عضو همین تعاونی باشد", rows[0].QuerySelector(".eligibility-explanation")!.TextContent, StringComparison.Ordinal);
        var barred = rows[0].QuerySelector(".eligibility-verdict")!;
        Assert.Equal("فاقد شرایط", barred.TextContent.Trim());
        Assert.Contains("mud-chip-color-error", barred.ClassName, StringComparison.Ordinal);
        Assert.Equal("عضو تعاونی نیست", rows[0].QuerySelector(".eligibility-evidence")!.TextContent.Trim());

        var byHand = rows[1].QuerySelector(".eligibility-verdict")!;
        Assert.Equal("بررسی دستی", byHand.TextContent.Trim());
        Assert.Contains("mud-chip-color-warning", byHand.ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".eligibility-findings-empty"));
    }

    [Fact]
    public void Numbers_in_the_evidence_are_written_as_quantities()
    {
        var cut = Render(CandidacyViews.MissingFiles);

        Assert.Equal("۱ مدرک بارگذاری نشده", cut.Find(".eligibility-evidence").TextContent.Trim());
    }

    [Fact]
    public void When_no_rule_fired_it_says_nothing_bars_the_candidate()
    {
        var cut = Render();

        Assert.Equal("هیچ قاعده‌ای مانع نامزد نیست.", cut.Find(".eligibility-findings-empty").TextContent.Trim());
        Assert.Empty(cut.FindAll("table"));
    }
}
