using Bunit;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Common;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class ElectedEditorTests : ComponentTest
{
    private static readonly IReadOnlyList<CandidacyView> Candidates =
    [
        Candidate("مریم کاظمی", "0012345678", OfficerRole.BoardMember, CandidacyStatus.Approved),
        Candidate("علی رضایی", "0087654321", OfficerRole.AlternateBoardMember, CandidacyStatus.Approved),
        Candidate("سارا احمدی", "0011111111", OfficerRole.BoardMember, CandidacyStatus.Refused),
        Candidate("حسن نوری", "0022222222", OfficerRole.BoardMember, CandidacyStatus.Registered),
        Candidate("نرگس محمدی", "0033333333", OfficerRole.Inspector, CandidacyStatus.Approved),
        Candidate("رضا کریمی", "0044444444", OfficerRole.AlternateInspector, CandidacyStatus.Withdrawn),
    ];

    [Fact]
    public void A_row_offers_only_the_approved_candidates_of_its_kind_of_post()
    {
        var rows = new List<ElectedRow> { new() { Role = OfficerRole.BoardMember }, new() { Role = OfficerRole.AlternateInspector } };
        var editor = Render(rows);

        var people = editor.FindComponents<OptionSelect<string>>();
        Assert.Equal(2, people.Count);
        Assert.Equal(["0012345678", "0087654321"], people[0].Instance.Options.Select(o => o.Value));
        Assert.Equal(["0033333333"], people[1].Instance.Options.Select(o => o.Value));
        Assert.Contains("نرگس محمدی", people[1].Instance.Options.Single().Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_posts_offered_are_those_the_agenda_elects()
    {
        var rows = new List<ElectedRow>();
        var editor = Render(rows, posts: [OfficerRole.Inspector, OfficerRole.AlternateInspector]);

        editor.Find("#elected-add").Click();

        editor.WaitForAssertion(() => Assert.Single(rows));
        Assert.Equal(OfficerRole.Inspector, rows[0].Role);
        var post = editor.FindComponent<OptionSelect<OfficerRole>>();
        Assert.Equal([OfficerRole.Inspector, OfficerRole.AlternateInspector], post.Instance.Options.Select(o => o.Value));
    }

    private static CandidacyView Candidate(string name, string code, OfficerRole post, CandidacyStatus status) => new(
        Guid.NewGuid(), GeneralAssemblyViews.AssemblyId, "تعاونی مسکن فرهنگیان", name, code, post, status, [], [], [], null, [], false, new HashSet<CandidacyAction>());

    private IRenderedComponent<ElectedEditor> Render(List<ElectedRow> rows, IReadOnlyList<OfficerRole>? posts = null) =>
        Context.Render<ElectedEditor>(p => p
            .Add(c => c.Rows, rows)
            .Add(c => c.Posts, posts ?? [OfficerRole.BoardMember, OfficerRole.AlternateBoardMember, OfficerRole.Inspector, OfficerRole.AlternateInspector])
            .Add(c => c.Candidates, Candidates));
}
