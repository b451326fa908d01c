using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>Each candidate check on its own: it fires on the case it is about, with its verdict and evidence, and stays quiet otherwise.</summary>
public sealed class EligibilityRulesTests
{
    /// <summary>A member standing for the board, holding no post, on no other board, with both documents: nothing fires.</summary>
    private static CandidateFacts Sound => new(
        OfficerRole.BoardMember,
        IsMember: true,
        PostsHeldHere: [],
        OtherPostsSought: [],
        BoardsElsewhere: [],
        Files: [CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord]);

    private static CandidateFacts SoundInspector => Sound with { Post = OfficerRole.Inspector, IsMember = false };

    private static EligibilityFinding Only(CandidateFacts facts, string ruleId, EligibilityVerdict verdict, AssemblyRules? rules = null)
    {
        var finding = Assert.Single(EligibilityRules.Check(facts, rules ?? AssemblyRules.Default));
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(verdict, finding.Verdict);
        Assert.Equal(EligibilityRules.All.Single(r => r.Id == ruleId).Explanation, finding.Explanation);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence));
        return finding;
    }

    [Fact]
    public void A_sound_candidate_has_no_finding()
    {
        Assert.Empty(EligibilityRules.Check(Sound, AssemblyRules.Default));
        Assert.Empty(EligibilityRules.Check(Sound with { Post = OfficerRole.AlternateBoardMember }, AssemblyRules.Default));
        Assert.Empty(EligibilityRules.Check(SoundInspector, AssemblyRules.Default));
    }

    [Fact]
    public void The_rules_are_e01_to_e05_with_persian_explanations()
    {
        Assert.Equal(["E01", "E02", "E03", "E04", "E05"], EligibilityRules.All.Select(r => r.Id));
        Assert.All(EligibilityRules.All, r => Assert.Contains(r.Explanation, c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Equal(
            [EligibilityVerdict.NotEligible, EligibilityVerdict.NotEligible, EligibilityVerdict.NotEligible, EligibilityVerdict.NotEligible, EligibilityVerdict.CheckByHand],
            EligibilityRules.All.Select(r => r.Verdict));
    }

    [Theory]
    [InlineData(OfficerRole.BoardMember)]
    [InlineData(OfficerRole.AlternateBoardMember)]
    public void E01_a_board_candidate_who_is_not_a_member(OfficerRole post)
    {
        var finding = Only(Sound with { Post = post, IsMember = false }, "E01", EligibilityVerdict.NotEligible);
        Assert.Contains("در فهرست اعضای ثبت‌شده تعاونی نیست", finding.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OfficerRole.Inspector)]
    [InlineData(OfficerRole.AlternateInspector)]
    public void E01_is_quiet_for_an_inspector_who_is_not_a_member(OfficerRole post) =>
        Assert.Empty(EligibilityRules.Check(SoundInspector with { Post = post }, AssemblyRules.Default));

    [Fact]
    public void E02_a_board_candidate_who_is_an_inspector_here_now()
    {
        var finding = Only(Sound with { PostsHeldHere = [OfficerRole.AlternateInspector] }, "E02", EligibilityVerdict.NotEligible);
        Assert.Contains("برای «عضو اصلی هیئت مدیره» نامزد شده و اکنون بازرس علی‌البدل است", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void E02_an_inspector_candidate_who_sits_on_the_board_or_stands_for_it_too()
    {
        var finding = Only(SoundInspector with { PostsHeldHere = [OfficerRole.BoardMember], OtherPostsSought = [OfficerRole.AlternateBoardMember] }, "E02", EligibilityVerdict.NotEligible);
        Assert.Contains("اکنون عضو اصلی هیئت مدیره؛ نامزد عضو علی‌البدل هیئت مدیره در همین مجمع", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void E02_is_quiet_for_posts_on_the_same_side_and_for_the_ceo()
    {
        Assert.Empty(EligibilityRules.Check(Sound with { PostsHeldHere = [OfficerRole.BoardMember, OfficerRole.Ceo], OtherPostsSought = [OfficerRole.AlternateBoardMember] }, AssemblyRules.Default));
        Assert.Empty(EligibilityRules.Check(SoundInspector with { PostsHeldHere = [OfficerRole.Inspector], OtherPostsSought = [OfficerRole.AlternateInspector] }, AssemblyRules.Default));
    }

    [Fact]
    public void E03_a_board_candidate_already_on_as_many_boards_as_allowed()
    {
        var finding = Only(Sound with { BoardsElsewhere = ["تعاونی مسکن فرهنگیان", "تعاونی تولیدی آفتاب"] }, "E03", EligibilityVerdict.NotEligible);
        Assert.Contains("اکنون عضو هیئت مدیره ۲ تعاونی دیگر است (تعاونی مسکن فرهنگیان، تعاونی تولیدی آفتاب)؛ سقف: ۲", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void E03_is_quiet_below_the_limit_and_for_inspectors()
    {
        Assert.Empty(EligibilityRules.Check(Sound with { BoardsElsewhere = ["تعاونی مسکن فرهنگیان"] }, AssemblyRules.Default));
        Assert.Empty(EligibilityRules.Check(SoundInspector with { BoardsElsewhere = ["الف", "ب", "ج"] }, AssemblyRules.Default));
    }

    [Fact]
    public void E03_follows_the_configured_maximum()
    {
        var one = Sound with { BoardsElsewhere = ["تعاونی مسکن فرهنگیان"] };
        var finding = Only(one, "E03", EligibilityVerdict.NotEligible, AssemblyRules.Default with { MaximumBoards = 1 });
        Assert.Contains("سقف: ۱", finding.Evidence, StringComparison.Ordinal);
        Assert.Empty(EligibilityRules.Check(Sound with { BoardsElsewhere = ["الف", "ب"] }, AssemblyRules.Default with { MaximumBoards = 3 }));
    }

    [Fact]
    public void E04_missing_documents_are_named()
    {
        var finding = Only(Sound with { Files = [] }, "E04", EligibilityVerdict.NotEligible);
        Assert.Contains("بارگذاری نشده: تصویر کارت ملی، گواهی عدم سوء پیشینه", finding.Evidence, StringComparison.Ordinal);
        var inspector = Only(SoundInspector with { Files = [CandidateFileKind.IdCard] }, "E04", EligibilityVerdict.NotEligible);
        Assert.Equal("بارگذاری نشده: گواهی عدم سوء پیشینه", inspector.Evidence);
    }

    [Fact]
    public void E04_asks_for_the_criminal_record_only_when_the_rules_require_it()
    {
        var rules = AssemblyRules.Default with { RequireCriminalRecord = false };
        Assert.Equal([CandidateFileKind.IdCard], EligibilityRules.Required(rules));
        Assert.Equal([CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord], EligibilityRules.Required(AssemblyRules.Default));
        Assert.Empty(EligibilityRules.Check(Sound with { Files = [CandidateFileKind.IdCard] }, rules));
        Assert.Equal("بارگذاری نشده: تصویر کارت ملی", Only(Sound with { Files = [CandidateFileKind.CriminalRecord] }, "E04", EligibilityVerdict.NotEligible, rules).Evidence);
    }

    [Theory]
    [InlineData(OfficerRole.BoardMember)]
    [InlineData(OfficerRole.AlternateBoardMember)]
    public void E05_membership_that_the_portal_cannot_tell_is_checked_by_hand(OfficerRole post)
    {
        var finding = Only(Sound with { Post = post, IsMember = null }, "E05", EligibilityVerdict.CheckByHand);
        Assert.Contains("دفتر ثبت سهام", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void E05_is_quiet_for_inspectors_and_known_members() =>
        Assert.Empty(EligibilityRules.Check(SoundInspector with { IsMember = null }, AssemblyRules.Default));

    [Fact]
    public void Several_rules_fire_in_rule_order()
    {
        var facts = Sound with { IsMember = null, PostsHeldHere = [OfficerRole.Inspector], BoardsElsewhere = ["الف", "ب"], Files = [] };
        Assert.Equal(["E02", "E03", "E04", "E05"], EligibilityRules.Check(facts, AssemblyRules.Default).Select(f => f.RuleId));
    }

    [Fact]
    public void A_candidate_is_eligible_unless_a_rule_bars_them()
    {
        Assert.True(EligibilityRules.Eligible([]));
        Assert.True(EligibilityRules.Eligible(EligibilityRules.Check(Sound with { IsMember = null }, AssemblyRules.Default)));
        Assert.False(EligibilityRules.Eligible(EligibilityRules.Check(Sound with { IsMember = false }, AssemblyRules.Default)));
        Assert.False(EligibilityRules.Eligible(EligibilityRules.Check(Sound with { IsMember = null, Files = [] }, AssemblyRules.Default)));
    }

    [Theory]
    [InlineData(OfficerRole.BoardMember, true, false)]
    [InlineData(OfficerRole.AlternateBoardMember, true, false)]
    [InlineData(OfficerRole.Inspector, false, true)]
    [InlineData(OfficerRole.AlternateInspector, false, true)]
    [InlineData(OfficerRole.Ceo, false, false)]
    public void Board_and_inspector_posts(OfficerRole post, bool board, bool inspector)
    {
        Assert.Equal(board, EligibilityRules.IsBoard(post));
        Assert.Equal(inspector, EligibilityRules.IsInspector(post));
    }
}
