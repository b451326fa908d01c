using CoopPortal.Domain.Common;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.UnitTests.Festival;

/// <summary>
/// Issue 21 point 4: each festival criterion earns its points on what the declaration and the registry say, names its
/// evidence, and earns nothing otherwise; the configured weights are the points.
/// </summary>
public sealed class FestivalCriteriaTests
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>A model cooperative's 1404: every criterion earns.</summary>
    private static readonly FestivalFacts Best = new(
        1404, J("1405/03/10"), J("1405/02/20"), true, 5_000_000_000, 2_000_000_000, 3_000_000_000, 7_000_000_000, 150_000_000,
        true, true, true, 8, 400_000_000, 25, 6_000_000_000, RegistryFacts.None);

    private static FestivalFinding? Finding(FestivalFacts facts, string id, FestivalWeights? weights = null) =>
        FestivalCriteria.Score(facts, weights ?? FestivalWeights.Default, RiskSettings.Default).Findings.SingleOrDefault(f => f.CriterionId == id);

    private static string Evidence(FestivalFacts facts, string id) => Assert.IsType<FestivalFinding>(Finding(facts, id)).Evidence;

    [Fact]
    public void The_criteria_are_F01_to_F10_with_Persian_explanations_and_the_default_weights_add_up_to_100()
    {
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"F{i:00}"), FestivalCriteria.All.Select(c => c.Id));
        Assert.All(FestivalCriteria.All, c => Assert.Matches("[\u0600-\u06FF]", c.Explanation));
        Assert.Equal(100, FestivalCriteria.Maximum(FestivalWeights.Default));
    }

    [Fact]
    public void A_model_cooperative_earns_every_criterion()
    {
        var score = FestivalCriteria.Score(Best, FestivalWeights.Default, RiskSettings.Default);
        Assert.Equal(100, score.Total);
        Assert.Equal(100, score.Maximum);
        Assert.Empty(score.Missed);
        Assert.All(score.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Evidence)));
    }

    [Fact]
    public void A_cooperative_without_a_declaration_earns_only_what_the_registry_records()
    {
        var registry = new RegistryFacts(J("1405/03/01"), [], [], J("1405/03/05"));
        var score = FestivalCriteria.Score(FestivalFacts.Undeclared(1404, registry), FestivalWeights.Default, RiskSettings.Default);
        Assert.Equal(["F01", "F03"], score.Findings.Select(f => f.CriterionId));
        Assert.Equal(25, score.Total);
        Assert.Equal(0, FestivalCriteria.Score(FestivalFacts.Undeclared(1404, RegistryFacts.None), FestivalWeights.Default, RiskSettings.Default).Total);
    }

    [Fact]
    public void F01_reads_the_recorded_assembly_before_the_declared_day()
    {
        Assert.Equal("طبق خوداظهاری سال، مجمع عادی: 1405/02/20؛ بازه قانونی: 1405/01/01 تا 1405/04/31", Evidence(Best, "F01"));
        var recorded = Best with { Registry = new RegistryFacts(J("1405/04/02"), [], []) };
        Assert.Equal("طبق مجمع ثبت‌شده در سامانه، مجمع عادی: 1405/04/02؛ بازه قانونی: 1405/01/01 تا 1405/04/31", Evidence(recorded, "F01"));

        // The registry's late assembly is what counts, though the manager declared a day in the window.
        Assert.Null(Finding(Best with { Registry = new RegistryFacts(J("1405/06/01"), [], []) }, "F01"));
        Assert.Null(Finding(Best with { OrdinaryAssemblyHeldOn = J("1405/05/01") }, "F01"));
        Assert.Null(Finding(Best with { OrdinaryAssemblyHeldOn = null }, "F01"));
        Assert.Null(Finding(Best with { OrdinaryAssemblyHeldOn = J("1404/12/20") }, "F01"));
    }

    [Fact]
    public void F02_needs_complete_balanced_statements_sent_by_the_due_date()
    {
        Assert.Equal("ارسال: 1405/03/10؛ مهلت: 1405/04/31؛ جمع دارایی‌ها برابر بدهی‌ها و حقوق صاحبان سهام: 5,000,000,000 ریال", Evidence(Best, "F02"));
        Assert.NotNull(Finding(Best with { DeclaredOn = J("1405/04/31") }, "F02"));
        Assert.Null(Finding(Best with { DeclaredOn = J("1405/05/01") }, "F02"));
        Assert.Null(Finding(Best with { TotalAssets = 5_000_000_001 }, "F02"));
        Assert.Null(Finding(Best with { Revenue = null }, "F02"));
        Assert.Null(Finding(Best with { DeclaredOn = null }, "F02"));
    }

    [Fact]
    public void F03_reads_the_report_signed_in_the_portal_then_the_scan_as_R04_does()
    {
        Assert.Equal(RiskRules.AttachedInspectorReport, Evidence(Best, "F03"));
        var signed = Best with { InspectorsReportUploaded = false, Registry = new RegistryFacts(null, [], [], J("1405/03/02")) };
        Assert.Equal("گزارش بازرس در سامانه، 1405/03/02", Evidence(signed, "F03"));
        Assert.Null(Finding(Best with { InspectorsReportUploaded = false }, "F03"));
    }

    [Theory]
    [InlineData("F04", "طبق خوداظهاری سال، اظهارنامه مالیاتی تسلیم شده")]
    [InlineData("F05", "طبق خوداظهاری سال، حق بیمه پرداخت شده")]
    [InlineData("F06", "طبق خوداظهاری سال، دفاتر قانونی نگهداری می‌شود")]
    public void F04_to_F06_earn_on_a_yes_only(string id, string evidence)
    {
        Assert.Equal(evidence, Evidence(Best, id));
        var no = Best with { TaxReturnFiled = false, InsurancePaid = false, BooksKept = false };
        var unanswered = Best with { TaxReturnFiled = null, InsurancePaid = null, BooksKept = null };
        Assert.Null(Finding(no, id));
        Assert.Null(Finding(unanswered, id));
    }

    [Fact]
    public void F07_counts_employees_from_the_configured_threshold()
    {
        Assert.Equal("طبق خوداظهاری سال، 8 نفر کارکنان؛ دست‌کم 5", Evidence(Best, "F07"));
        Assert.NotNull(Finding(Best with { Employees = 5 }, "F07"));
        Assert.Null(Finding(Best with { Employees = 4 }, "F07"));
        Assert.Null(Finding(Best, "F07", FestivalWeights.Default with { EmployeesFrom = 9 }));
    }

    [Fact]
    public void F08_earns_on_any_exports()
    {
        Assert.Equal("طبق خوداظهاری سال، ارزش صادرات: 400,000,000 ریال", Evidence(Best, "F08"));
        Assert.Null(Finding(Best with { ExportsValue = 0 }, "F08"));
        Assert.Null(Finding(Best with { ExportsValue = null }, "F08"));
    }

    [Fact]
    public void F09_earns_when_sales_grew_over_last_year_s_declaration()
    {
        Assert.Equal("فروش سال 1404: 7,000,000,000 ریال؛ فروش سال 1403: 6,000,000,000 ریال", Evidence(Best, "F09"));
        Assert.Null(Finding(Best with { PreviousYearRevenue = 7_000_000_000 }, "F09"));
        Assert.Null(Finding(Best with { PreviousYearRevenue = null }, "F09"));
    }

    [Fact]
    public void F10_counts_members_from_the_configured_threshold()
    {
        Assert.Equal("طبق خوداظهاری سال، 25 عضو؛ دست‌کم 15", Evidence(Best, "F10"));
        Assert.Null(Finding(Best with { MembersTotal = 14 }, "F10"));
        Assert.NotNull(Finding(Best with { MembersTotal = 14 }, "F10", FestivalWeights.Default with { MembersFrom = 7 }));
    }

    [Fact]
    public void The_configured_weights_are_the_points_and_a_zero_weight_leaves_a_criterion_out()
    {
        var weights = FestivalWeights.Default with { AssemblyOnTime = 40, Exports = 0 };
        var score = FestivalCriteria.Score(Best, weights, RiskSettings.Default);
        Assert.Equal(40, score.Findings.Single(f => f.CriterionId == "F01").Points);
        Assert.DoesNotContain(score.Findings, f => f.CriterionId == "F08");
        Assert.Equal(100 - 15 + 40 - 10, score.Total);
        Assert.Equal(score.Total, score.Maximum);
    }

    [Fact]
    public void The_assembly_window_and_the_due_date_are_the_supervision_settings()
    {
        var late = Best with { OrdinaryAssemblyHeldOn = J("1405/05/10"), DeclaredOn = J("1405/05/10") };
        var longer = RiskSettings.Default with { AssemblyWindowMonths = 6, DeclarationDueMonths = 6 };
        var score = FestivalCriteria.Score(late, FestivalWeights.Default, longer);
        Assert.Contains(score.Findings, f => f.CriterionId == "F01");
        Assert.Contains(score.Findings, f => f.CriterionId == "F02");
        Assert.Equal(["F01", "F02"], FestivalCriteria.Score(late, FestivalWeights.Default, RiskSettings.Default).Missed);
    }
}
