using CoopPortal.Domain.Dormancy;

namespace CoopPortal.UnitTests.Dormancy;

/// <summary>The revival rules D01–D02: each earns or not on the facts, with Persian explanation and evidence.</summary>
public sealed class RevivalRulesTests
{
    private static readonly DateOnly HeldOn = new(2026, 7, 1);

    private static RevivalFinding Finding(RevivalFacts facts, string id) => RevivalRules.Assess(facts).Single(f => f.RuleId == id);

    [Fact]
    public void The_list_is_D01_and_D02_in_order_each_explained_in_Persian()
    {
        Assert.Equal(["D01", "D02"], RevivalRules.All.Select(r => r.Id));
        Assert.All(RevivalRules.All, r => Assert.Contains(r.Explanation, c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Fact]
    public void D01_is_met_only_when_every_owed_year_was_filed()
    {
        var missing = Finding(new RevivalFacts([1402, 1403], [1403, 1401], HeldOn), "D01");
        Assert.False(missing.Met);
        Assert.Contains("ارسال نشده: 1402", missing.Evidence);

        var filed = Finding(new RevivalFacts([1402, 1403], [1402, 1403], HeldOn), "D01");
        Assert.True(filed.Met);
        Assert.Contains("1402، 1403", filed.Evidence);
    }

    [Fact]
    public void D02_is_met_only_with_an_ordinary_assembly_recorded_after_opening()
    {
        var none = Finding(new RevivalFacts([1403], [1403], null), "D02");
        Assert.False(none.Met);
        Assert.Contains("ثبت نشده", none.Evidence);

        var held = Finding(new RevivalFacts([1403], [1403], HeldOn), "D02");
        Assert.True(held.Met);
        Assert.Contains("1405/04/10", held.Evidence);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(false, false, false)]
    public void Revival_is_earned_only_when_both_are_met(bool declarations, bool assembly, bool earned)
    {
        var facts = new RevivalFacts([1402, 1403], declarations ? [1402, 1403] : [1402], assembly ? HeldOn : null);
        Assert.Equal(earned, RevivalRules.Earned(facts));
    }
}
