using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>The capital plan is derived from the members' shares, never typed separately.</summary>
public sealed class CapitalPlanTests
{
    [Fact]
    public void Totals_of_the_builder_application()
    {
        var plan = Complete().Capital;

        Assert.Equal(7 * Share, plan.Total);
        Assert.Equal(7 * Paid, plan.Cash);
        Assert.Equal(0, plan.InKind);
        Assert.Equal(7 * Paid, plan.Paid);
    }

    [Fact]
    public void Totals_add_up_cash_and_in_kind_per_member()
    {
        var application = Draft();
        application.AddMember(ValidMember(0) with { ShareSubscribed = 12_000_000, AmountPaid = 2_000_000, InKindValue = 5_000_000, InKindDescription = "زمین" }, Now);
        application.AddMember(ValidMember(1) with { ShareSubscribed = 8_000_000, AmountPaid = 8_000_000, InKindValue = null }, Now);
        application.AddMember(ValidMember(2) with { ShareSubscribed = 3_000_000, AmountPaid = null, InKindValue = 1_500_000, InKindDescription = "ابزار" }, Now);

        var plan = application.Capital;

        Assert.Equal(23_000_000, plan.Total);
        Assert.Equal(10_000_000, plan.Cash);
        Assert.Equal(6_500_000, plan.InKind);
        Assert.Equal(16_500_000, plan.Paid);
        Assert.Equal(plan, CapitalPlan.From(application.Members));
    }

    [Fact]
    public void Missing_and_negative_amounts_count_as_zero()
    {
        var application = Draft();
        application.AddMember(ValidMember(0) with { ShareSubscribed = null, AmountPaid = null, InKindValue = null }, Now);
        application.AddMember(ValidMember(1) with { ShareSubscribed = -10, AmountPaid = -5, InKindValue = -1 }, Now);
        application.AddMember(ValidMember(2) with { ShareSubscribed = 1_000, AmountPaid = 400, InKindValue = 100 }, Now);

        Assert.Equal(new CapitalPlan(1_000, 400, 100), application.Capital);
        Assert.Equal(500, application.Capital.Paid);
    }

    [Fact]
    public void No_members_no_capital()
    {
        Assert.Equal(new CapitalPlan(0, 0, 0), Draft().Capital);
        Assert.Equal(0, CapitalPlan.From([]).Paid);
    }

    [Fact]
    public void The_plan_follows_member_changes()
    {
        var application = Complete();
        var member = application.Members[0];

        application.UpdateMember(member.Id, member.ToDetails() with { ShareSubscribed = 14_000_000, AmountPaid = 5_000_000 }, Now);
        Assert.Equal((6 * Share) + 14_000_000, application.Capital.Total);
        Assert.Equal((6 * Paid) + 5_000_000, application.Capital.Cash);

        application.RemoveMember(application.Members[1].Id, Now);
        Assert.Equal((5 * Share) + 14_000_000, application.Capital.Total);
        Assert.Equal((5 * Paid) + 5_000_000, application.Capital.Paid);
    }

    [Theory]
    [InlineData(1, 3, 100, 300, true)]
    [InlineData(1, 3, 99, 300, false)]
    [InlineData(1, 3, 1, 3, true)]
    [InlineData(1, 3, 333_333_333, 1_000_000_000, false)]
    [InlineData(1, 3, 333_333_334, 1_000_000_000, true)]
    [InlineData(1, 2, 50, 100, true)]
    [InlineData(1, 2, 49, 100, false)]
    public void Paid_enough_is_exact_without_rounding(int numerator, int denominator, long paid, long total, bool expected)
    {
        var rules = FormationRules.Default with { PaidFractionNumerator = numerator, PaidFractionDenominator = denominator };

        Assert.Equal(expected, rules.IsPaidEnough(paid, total));
    }

    [Theory]
    [InlineData(20, 20, 100, true)]
    [InlineData(20, 21, 100, false)]
    [InlineData(20, 15_000_000, 75_000_000, true)]
    [InlineData(20, 15_000_001, 75_000_001, false)]
    [InlineData(30, 25, 100, true)]
    [InlineData(30, 30, 100, true)]
    [InlineData(30, 31, 100, false)]
    public void Share_cap_is_exact_without_rounding(int cap, long share, long total, bool expected)
    {
        var rules = FormationRules.Default with { MaxSharePercent = cap };

        Assert.Equal(expected, rules.IsWithinShareCap(share, total));
    }

    [Fact]
    public void Defaults_follow_the_law()
    {
        var rules = FormationRules.Default;

        Assert.Equal(7, rules.MinimumMembers);
        Assert.Equal(20, rules.MaxSharePercent);
        Assert.Equal(1, rules.PaidFractionNumerator);
        Assert.Equal(3, rules.PaidFractionDenominator);
        Assert.Equal(3, FormationRules.FoundersBoardSize);
        Assert.Equal(5, FormationRules.MaxProposedNames);
    }
}
