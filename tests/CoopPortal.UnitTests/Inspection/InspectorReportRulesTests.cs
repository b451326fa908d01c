using CoopPortal.Domain.Inspection;

namespace CoopPortal.UnitTests.Inspection;

/// <summary>What each section needs before the inspector may sign, with its Persian message on its field.</summary>
public sealed class InspectorReportRulesTests
{
    private static InspectorReportContent Complete => InspectorReportTests.Complete;

    private static (string Field, string Message) Only(InspectorReportContent content)
    {
        var problem = Assert.Single(InspectorReportRules.Validate(content));
        return (problem.Field, problem.Message);
    }

    [Fact]
    public void A_complete_report_has_no_problem() => Assert.Empty(InspectorReportRules.Validate(Complete));

    [Fact]
    public void An_empty_report_asks_for_every_section()
    {
        var fields = InspectorReportRules.Validate(InspectorReportContent.Empty).Select(p => p.Field).ToList();
        Assert.Equal(["BooksKept", "TotalAssets", "TotalLiabilities", "Equity", "NetProfitOrLoss", "BylawsComplied", "ResolutionsCarriedOut", "Opinion"], fields);
    }

    [Fact]
    public void A_no_answer_needs_its_remarks()
    {
        Assert.Equal(("BooksRemarks", InspectorReportRules.BooksRemarksMissing), Only(Complete with { BooksKept = false }));
        Assert.Equal(("BylawsRemarks", InspectorReportRules.BylawsRemarksMissing), Only(Complete with { BylawsComplied = false }));
        Assert.Equal(("ResolutionsRemarks", InspectorReportRules.ResolutionsRemarksMissing), Only(Complete with { ResolutionsCarriedOut = false }));
        Assert.Empty(InspectorReportRules.Validate(Complete with { BooksKept = false, BooksRemarks = "دفتر کل از مهر به‌روز نشده است." }));
    }

    [Fact]
    public void Unbalanced_statements_need_an_explanation()
    {
        Assert.Equal(("StatementsRemarks", InspectorReportRules.StatementsUnbalanced), Only(Complete with { Equity = 2_900_000_000 }));
        Assert.Empty(InspectorReportRules.Validate(Complete with { Equity = 2_900_000_000, StatementsRemarks = "ذخیره مالیات در ترازنامه نیامده است." }));
    }

    [Theory]
    [InlineData(InspectorOpinion.Qualified)]
    [InlineData(InspectorOpinion.Adverse)]
    [InlineData(InspectorOpinion.Disclaimer)]
    public void An_opinion_other_than_unqualified_needs_findings_and_its_basis(InspectorOpinion opinion)
    {
        var problems = InspectorReportRules.Validate(Complete with { Opinion = opinion });
        Assert.Equal([("Findings", InspectorReportRules.FindingsNeeded(opinion)), ("OpinionBasis", InspectorReportRules.BasisNeeded(opinion))],
            problems.Select(p => (p.Field, p.Message)).ToList());
        Assert.Empty(InspectorReportRules.Validate(Complete with { Opinion = opinion, Findings = ["موجودی انبار شمارش نشد."], OpinionBasis = "محدودیت رسیدگی به موجودی انبار." }));
    }

    [Fact]
    public void A_blank_finding_is_named_by_its_place()
    {
        var (field, message) = Only(Complete with { Findings = ["یافته نخست", " "] });
        Assert.Equal(InspectorReportRules.FindingField(1), field);
        Assert.Contains("یافته ۲", message, StringComparison.Ordinal);
        Assert.Equal(InspectorReportSection.Findings, InspectorReportRules.SectionOf(field));
    }

    [Fact]
    public void Opinions_have_the_audit_terms() =>
        Assert.Equal(["مقبول", "مشروط", "مردود", "عدم اظهارنظر"], Enum.GetValues<InspectorOpinion>().Select(InspectorReportText.Title).ToList());
}
