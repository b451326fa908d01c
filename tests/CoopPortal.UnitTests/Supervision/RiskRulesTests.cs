using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.UnitTests.Supervision;

/// <summary>Each risk rule on its own: it fires on the case it is about, with its evidence, and stays quiet otherwise.</summary>
public sealed class RiskRulesTests
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>A sound declaration for fiscal year 1404: nothing fires.</summary>
    private static DeclarationFacts Sound => new(
        FiscalYear: 1404,
        SubmittedOn: J("1405/03/10"),
        MembersTotal: 25,
        OrdinaryAssemblyHeldOn: J("1405/02/20"),
        BoardTermsEndOn: [J("1406/02/20"), J("1406/02/20"), J("1406/02/20")],
        InspectorTermsEndOn: [J("1406/02/20")],
        InspectorsReportUploaded: true,
        TotalAssets: 5_000_000_000,
        TotalLiabilities: 2_000_000_000,
        Equity: 3_000_000_000,
        NetProfitOrLoss: 150_000_000,
        PreviousYearNetProfitOrLoss: -20_000_000);

    private static readonly DateOnly AsOf = J("1405/03/10");

    private static RiskAssessment Assess(DeclarationFacts facts) => RiskRules.Assess(facts, RiskSettings.Default, AsOf);

    private static RiskFinding Only(DeclarationFacts facts, string ruleId)
    {
        var assessment = Assess(facts);
        var finding = Assert.Single(assessment.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(finding.Points, assessment.Total);
        Assert.False(string.IsNullOrWhiteSpace(finding.Explanation));
        return finding;
    }

    [Fact]
    public void A_sound_declaration_has_no_finding_and_low_risk()
    {
        var assessment = Assess(Sound);
        Assert.Empty(assessment.Findings);
        Assert.Equal(0, assessment.Total);
        Assert.Equal(RiskBand.Low, assessment.Band);
    }

    [Fact]
    public void The_rules_have_unique_ids_persian_explanations_and_positive_points()
    {
        Assert.Equal(RiskRules.All.Count, RiskRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(RiskRules.All, r =>
        {
            Assert.True(r.Points > 0);
            Assert.Contains(r.Explanation, c => c is >= '\u0600' and <= '\u06FF');
        });
    }

    [Fact]
    public void Fiscal_year_ends_on_the_last_day_of_esfand_and_the_declaration_is_due_four_months_later()
    {
        Assert.Equal("1404/12/29", JalaliDate.Format(RiskRules.FiscalYearEnd(1404)));
        Assert.Equal("1403/12/30", JalaliDate.Format(RiskRules.FiscalYearEnd(1403))); // a leap year
        Assert.Equal("1405/04/31", JalaliDate.Format(RiskRules.DueDate(1404, RiskSettings.Default)));
        Assert.Equal("1405/06/31", JalaliDate.Format(RiskRules.DueDate(1404, RiskSettings.Default with { DeclarationDueMonths = 6 })));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1404/11/01")] // last year's assembly, before the fiscal year ended
    [InlineData("1405/05/01")] // after the four-month window
    public void R01_no_ordinary_assembly_within_the_legal_window(string? held)
    {
        var finding = Only(Sound with { OrdinaryAssemblyHeldOn = held is null ? null : J(held) }, "R01");
        Assert.Contains("1405/04/31", finding.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1405/01/01")]
    [InlineData("1405/04/31")]
    public void R01_is_quiet_for_an_assembly_inside_the_window(string held) =>
        Assert.Empty(Assess(Sound with { OrdinaryAssemblyHeldOn = J(held) }).Findings);

    [Fact]
    public void R02_a_board_term_that_ended_before_the_declaration()
    {
        var finding = Only(Sound with { BoardTermsEndOn = [J("1406/02/20"), J("1405/01/15")] }, "R02");
        Assert.Contains("1405/01/15", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void R03_an_inspector_term_that_ended_before_the_declaration() =>
        Only(Sound with { InspectorTermsEndOn = [J("1405/03/09")] }, "R03");

    [Fact]
    public void R04_no_inspectors_report() => Only(Sound with { InspectorsReportUploaded = false }, "R04");

    [Fact]
    public void R05_assets_not_equal_to_liabilities_plus_equity()
    {
        var finding = Only(Sound with { TotalAssets = 5_000_000_100 }, "R05");
        Assert.Contains("100 ریال", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void R05_is_quiet_when_a_figure_was_not_declared() =>
        Assert.Empty(Assess(Sound with { TotalAssets = null, Equity = 3_000_000_000 }).Findings);

    [Fact]
    public void R06_negative_equity()
    {
        var assessment = Assess(Sound with { TotalAssets = 1_000_000_000, TotalLiabilities = 1_500_000_000, Equity = -500_000_000 });
        Assert.Equal(["R06"], assessment.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void R07_losses_two_years_running_but_not_one_loss_alone()
    {
        Only(Sound with { NetProfitOrLoss = -10_000_000, PreviousYearNetProfitOrLoss = -20_000_000 }, "R07");
        Assert.Empty(Assess(Sound with { NetProfitOrLoss = -10_000_000, PreviousYearNetProfitOrLoss = 5 }).Findings);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void R08_fewer_members_than_the_legal_minimum(int members, bool fires) =>
        Assert.Equal(fires, Assess(Sound with { MembersTotal = members }).Findings.Any(f => f.RuleId == "R08"));

    [Fact]
    public void R08_follows_the_configured_minimum() =>
        Assert.Contains(RiskRules.Assess(Sound with { MembersTotal = 9 }, RiskSettings.Default with { MinimumMembers = 10 }, AsOf).Findings, f => f.RuleId == "R08");

    [Fact]
    public void R09_filed_after_the_due_date_and_a_draft_past_the_due_date()
    {
        var finding = Only(Sound with { SubmittedOn = J("1405/05/01") }, "R09");
        Assert.Contains("1405/04/31", finding.Evidence, StringComparison.Ordinal);
        var draft = RiskRules.Assess(Sound with { SubmittedOn = null }, RiskSettings.Default, J("1405/06/01"));
        Assert.Contains(draft.Findings, f => f.RuleId == "R09");
    }

    [Fact]
    public void The_total_maps_to_medium_and_high_bands_by_the_thresholds()
    {
        var medium = Assess(Sound with { InspectorsReportUploaded = false, SubmittedOn = J("1405/05/01") }); // 15 + 10
        Assert.Equal(25, medium.Total);
        Assert.Equal(RiskBand.Medium, medium.Band);
        var high = Assess(Sound with { OrdinaryAssemblyHeldOn = null, MembersTotal = 5 }); // 25 + 20
        Assert.Equal(45, high.Total);
        Assert.Equal(RiskBand.High, high.Band);
        Assert.Equal("زیاد", RiskAssessment.BandTitle(high.Band));
    }
}
