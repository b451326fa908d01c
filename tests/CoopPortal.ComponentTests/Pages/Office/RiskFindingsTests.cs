using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Pages.Office.Declarations;

namespace CoopPortal.ComponentTests.Pages.Office;

public sealed class RiskFindingsTests : ComponentTest
{
    private static readonly DateOnly SubmittedOn = new(2025, 9, 1);

    /// <summary>A declaration that fires real rules: too few members, unbalanced books and no inspectors' report.</summary>
    private static RiskAssessment Assessment() => RiskRules.Assess(
        new DeclarationFacts(
            FiscalYear: 1403,
            SubmittedOn: SubmittedOn,
            MembersTotal: 3,
            OrdinaryAssemblyHeldOn: new DateOnly(2025, 5, 1),
            BoardTermsEndOn: [],
            InspectorTermsEndOn: [],
            InspectorsReportUploaded: false,
            TotalAssets: 1_250_000,
            TotalLiabilities: 1_000_000,
            Equity: 200_000,
            NetProfitOrLoss: 10,
            PreviousYearNetProfitOrLoss: null),
        RiskSettings.Default,
        SubmittedOn);

    [Fact]
    public void Each_finding_shows_its_rule_explanation_points_and_evidence_in_the_rules_order()
    {
        var assessment = Assessment();
        Assert.Contains(assessment.Findings, f => f.RuleId == "R08");

        var cut = Context.Render<RiskFindings>(p => p.Add(c => c.Findings, assessment.Findings));

        var rows = cut.FindAll(".risk-findings tr.risk-finding");
        Assert.Equal(assessment.Findings.Select(f => f.RuleId), rows.Select(r => r.GetAttribute("data-rule")));
        Assert.Equal(assessment.Findings.Select(f => f.RuleId), cut.FindAll(".risk-rule-id").Select(e => e.TextContent.Trim()));
        Assert.Equal(assessment.Findings.Select(f => f.Explanation), cut.FindAll(".risk-explanation").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public void Points_and_evidence_are_shown_with_persian_digits_and_separators()
    {
        var findings = Assessment().Findings;

        var cut = Context.Render<RiskFindings>(p => p.Add(c => c.Findings, findings));

        var members = cut.Find("tr.risk-finding[data-rule='R08']");
        Assert.Equal("۲۰", members.QuerySelector(".risk-points")!.TextContent.Trim());
        Assert.Equal("۳ عضو؛ حداقل ۷", members.QuerySelector(".risk-evidence")!.TextContent.Trim());

        var books = cut.Find("tr.risk-finding[data-rule='R05']");
        Assert.Equal("دارایی‌ها ۱٬۲۵۰٬۰۰۰ ریال؛ بدهی‌ها و حقوق صاحبان سهام ۱٬۲۰۰٬۰۰۰ ریال؛ اختلاف ۵۰٬۰۰۰ ریال",
            books.QuerySelector(".risk-evidence")!.TextContent.Trim());

        foreach (var cell in cut.FindAll(".risk-evidence, .risk-points"))
        {
            Assert.DoesNotContain(cell.TextContent, char.IsAsciiDigit);
            Assert.DoesNotContain(',', cell.TextContent);
        }
    }

    [Fact]
    public void Jalali_dates_in_the_evidence_get_persian_digits()
    {
        var finding = new RiskFinding("R09", "خوداظهاری پس از مهلت ارسال شده است.", 10, "ارسال: 1404/06/10؛ مهلت: 1404/04/31");

        var cut = Context.Render<RiskFindings>(p => p.Add(c => c.Findings, [finding]));

        Assert.Equal("ارسال: ۱۴۰۴/۰۶/۱۰؛ مهلت: ۱۴۰۴/۰۴/۳۱", cut.Find(".risk-evidence").TextContent.Trim());
        Assert.Equal("۱۰", cut.Find(".risk-points").TextContent.Trim());
    }

    [Fact]
    public void No_findings_says_so_and_renders_no_rows()
    {
        var cut = Context.Render<RiskFindings>(p => p.Add(c => c.Findings, []));

        Assert.Empty(cut.FindAll("tr.risk-finding"));
        Assert.Contains("هیچ‌یک از قاعده‌های ریسک", cut.Find(".risk-findings .risk-findings-empty").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RiskBand.High, 60, "risk-high", "mud-chip-color-error", "۶۰ امتیاز — ریسک زیاد")]
    [InlineData(RiskBand.Medium, 25, "risk-medium", "mud-chip-color-warning", "۲۵ امتیاز — ریسک متوسط")]
    [InlineData(RiskBand.Low, 0, "risk-low", "mud-chip-color-success", "۰ امتیاز — ریسک کم")]
    public void The_band_chip_is_red_orange_or_green_with_the_total_in_persian_digits(RiskBand band, int total, string bandClass, string colorClass, string text)
    {
        var cut = Context.Render<RiskBandChip>(p => p.Add(c => c.Total, total).Add(c => c.Band, band).Add(c => c.Id, "risk-total"));

        var chip = cut.Find("#risk-total");
        Assert.Contains(bandClass, chip.ClassList);
        Assert.Contains(colorClass, chip.ClassList);
        Assert.Equal(text, System.Text.RegularExpressions.Regex.Replace(chip.TextContent, @"\s+", " ").Trim());
    }
}
