using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.UnitTests.Inspection;

/// <summary>R04 reads the inspector's report signed in the portal before the scan the manager attached, and names its source.</summary>
public sealed class R04InspectorReportTests
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private static DeclarationFacts Facts(bool uploaded, DateOnly? signedOn) => new(
        1404, J("1405/03/10"), 25, J("1405/02/20"), [J("1406/02/20")], [J("1406/02/20")], uploaded,
        5_000_000_000, 2_000_000_000, 3_000_000_000, 150_000_000, 1, new RegistryFacts(null, [], [], signedOn));

    private static RiskFinding? R04(DeclarationFacts facts) =>
        RiskRules.Assess(facts, RiskSettings.Default, J("1405/03/10")).Findings.SingleOrDefault(f => f.RuleId == "R04");

    [Fact]
    public void A_report_signed_in_the_portal_is_enough_without_a_scan()
    {
        var facts = Facts(uploaded: false, signedOn: J("1405/03/02"));
        Assert.Null(R04(facts));
        Assert.Equal("گزارش بازرس در سامانه، 1405/03/02", RiskRules.InspectorReportSource(facts));
    }

    [Fact]
    public void The_portals_report_comes_first_when_there_is_a_scan_too() =>
        Assert.StartsWith(RiskRules.RecordedInspectorReport, RiskRules.InspectorReportSource(Facts(uploaded: true, signedOn: J("1405/03/02"))), StringComparison.Ordinal);

    [Fact]
    public void A_scan_is_enough_when_no_report_was_signed_in_the_portal()
    {
        var facts = Facts(uploaded: true, signedOn: null);
        Assert.Null(R04(facts));
        Assert.Equal(RiskRules.AttachedInspectorReport, RiskRules.InspectorReportSource(facts));
    }

    [Fact]
    public void Neither_fires_R04_naming_both_sources()
    {
        var finding = R04(Facts(uploaded: false, signedOn: null));
        Assert.NotNull(finding);
        Assert.Equal(RiskRules.NoInspectorReport, finding.Evidence);
        Assert.Equal(15, finding.Points);
    }
}
