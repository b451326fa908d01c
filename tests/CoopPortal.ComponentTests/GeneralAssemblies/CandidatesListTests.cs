using Bunit;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class CandidatesListTests : ComponentTest
{
    private static readonly CandidacyView Refused = new(
        Guid.Parse("2c1c1c52-3f7e-4a55-9d0e-1a2b3c4d5e72"), GeneralAssemblyViews.AssemblyId, "تعاونی", "مریم احمدی", "0012345678", OfficerRole.BoardMember,
        CandidacyStatus.Refused, [], [],
        [new EligibilityFinding("E03", "بیش از دو هیئت مدیره", EligibilityVerdict.NotEligible, "۳ هیئت مدیره"),
         new EligibilityFinding("E05", "بررسی دستی", EligibilityVerdict.CheckByHand, "—")],
        "عضو سه هیئت مدیره است.", [], false, new HashSet<CandidacyAction>());

    [Fact]
    public void Each_row_shows_the_post_status_refusal_reason_and_the_rules_that_fired()
    {
        var list = Context.Render<CandidatesList>(p => p.Add(c => c.Candidacies, [Refused]));

        var row = list.Find($"#candidate-{Refused.Id}").TextContent;
        Assert.Contains("عضو اصلی هیئت مدیره", row, StringComparison.Ordinal);
        Assert.Contains("صلاحیت تأیید نشد", row, StringComparison.Ordinal);
        Assert.Contains("۰۰۱۲۳۴۵۶۷۸", row, StringComparison.Ordinal);
        Assert.Equal("عضو سه هیئت مدیره است.", list.Find($"#candidate-reason-{Refused.Id}").TextContent.Trim());
        var rules = list.FindAll($"#candidate-rules-{Refused.Id} bdi.code").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["E03", "E05"], rules);
    }

    [Fact]
    public void Rows_link_only_when_the_page_gives_a_link()
    {
        var plain = Context.Render<CandidatesList>(p => p.Add(c => c.Candidacies, [Refused]));
        Assert.Empty(plain.FindAll("a"));

        var linked = Context.Render<CandidatesList>(p => p.Add(c => c.Candidacies, [Refused]).Add(c => c.Link, c => GeneralAssemblyUi.OfficeCandidacyUrl(c.Id)));
        Assert.Equal($"office/candidacies/{Refused.Id}", linked.Find($"#candidate-link-{Refused.Id}").GetAttribute("href"));
    }

    [Fact]
    public void No_candidates_says_so()
    {
        var list = Context.Render<CandidatesList>(p => p.Add(c => c.Candidacies, Array.Empty<CandidacyView>()));

        Assert.NotNull(list.Find("#candidates-empty"));
        Assert.Empty(list.FindAll("#candidates-table"));
    }
}
