using CoopPortal.Domain.Common;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Testing;
using static CoopPortal.UnitTests.Liquidation.LiquidationFixtures;

namespace CoopPortal.UnitTests.Liquidation;

/// <summary>The liquidators and the period: 1 to the configured number of liquidators with checked, distinct national codes, terms within the period, a period within the maximum.</summary>
public sealed class LiquidationChecksTests
{
    [Fact]
    public void One_to_three_liquidators_with_a_period_within_the_maximum_pass()
    {
        Assert.Empty(LiquidationChecks.Validate(Liquidators(), StartsOn, EndsOn, LiquidationRules.Default));
        Assert.Empty(LiquidationChecks.Validate(Liquidators(TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next()), StartsOn, EndsOn, LiquidationRules.Default));
    }

    [Fact]
    public void No_liquidator_or_too_many_is_refused()
    {
        Assert.Equal(LiquidationChecks.NoLiquidator, Assert.Single(LiquidationChecks.Validate([], StartsOn, EndsOn, LiquidationRules.Default)).Message);
        var four = Liquidators(TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next());
        Assert.Equal(LiquidationChecks.TooMany(3), Assert.Single(LiquidationChecks.Validate(four, StartsOn, EndsOn, LiquidationRules.Default)).Message);
        Assert.Empty(LiquidationChecks.Validate(four, StartsOn, EndsOn, LiquidationRules.Default with { MaxLiquidators = 4 }));
    }

    [Fact]
    public void A_wrong_or_repeated_national_code_is_refused_on_its_row()
    {
        var code = TestNationalCodes.Next();
        var wrong = code[..9] + (char)('0' + ((code[9] - '0' + 1) % 10));
        var problems = LiquidationChecks.Validate(Liquidators(code, wrong, code), StartsOn, EndsOn, LiquidationRules.Default);
        Assert.Equal(["Liquidators[1]", "Liquidators[2]"], problems.Select(p => p.Field));
    }

    [Fact]
    public void The_period_ends_after_it_starts_and_within_the_maximum_months()
    {
        Assert.Equal("EndsOn", Assert.Single(LiquidationChecks.Validate(Liquidators(), StartsOn, null, LiquidationRules.Default)).Field);
        Assert.Contains(LiquidationChecks.Validate(Liquidators(), StartsOn, StartsOn, LiquidationRules.Default), p => p.Field == "EndsOn");
        var long_ = StartsOn.AddMonths(25);
        var problems = LiquidationChecks.Validate([Liquidator.Of("مدیر تصفیه", LiquidatorCode, StartsOn, long_)], StartsOn, long_, LiquidationRules.Default);
        Assert.Equal(LiquidationChecks.PeriodTooLong(24), Assert.Single(problems).Message);
        Assert.Empty(LiquidationChecks.Validate([Liquidator.Of("مدیر تصفیه", LiquidatorCode, StartsOn, long_)], StartsOn, long_, LiquidationRules.Default with { MaxMonths = 36 }));
    }

    [Fact]
    public void A_term_outside_the_period_is_refused()
    {
        var problems = LiquidationChecks.Validate([Liquidator.Of("مدیر تصفیه", LiquidatorCode, StartsOn.AddDays(-1), EndsOn)], StartsOn, EndsOn, LiquidationRules.Default);
        Assert.Equal("Liquidators[0]", Assert.Single(problems).Field);
    }

    [Fact]
    public void A_liquidation_is_not_started_with_what_the_rules_refuse()
    {
        var refused = Assert.Throws<DomainException>(() => LiquidationCase.Start(NewCooperative(), LiquidationSource.OfficeDecision, null, [], StartsOn, EndsOn, LiquidationRules.Default, StarterUserId, Now));
        Assert.Equal(LiquidationChecks.NoLiquidator, refused.Message);
    }

    [Fact]
    public void Persian_digits_and_short_codes_are_normalized()
    {
        var liquidator = Liquidator.Of(" علي رضايي ", PersianDigits.ToPersian(LiquidatorCode), StartsOn, EndsOn);
        Assert.Equal(LiquidatorCode, liquidator.NationalCode);
        Assert.Equal("علی رضایی", liquidator.FullName);
        Assert.True(liquidator.ServesOn(StartsOn));
        Assert.False(liquidator.ServesOn(EndsOn.AddDays(1)));
    }
}
