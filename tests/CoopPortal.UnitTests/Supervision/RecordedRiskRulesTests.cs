using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Supervision;

/// <summary>
/// Risk rules R01–R03 read what the registry records (the year's confirmed ordinary assembly, the officers' terms) before
/// what the manager declared, and their evidence names the source (issue 19, point 5); the pre-fill takes the parts
/// confirmed assemblies changed from the registry.
/// </summary>
public sealed class RecordedRiskRulesTests
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private static readonly DateOnly AsOf = J("1405/03/10");

    /// <summary>A sound declaration for fiscal year 1404 (nothing fires on what the manager declared).</summary>
    private static DeclarationFacts Declared => new(
        FiscalYear: 1404,
        SubmittedOn: AsOf,
        MembersTotal: 25,
        OrdinaryAssemblyHeldOn: J("1405/02/20"),
        BoardTermsEndOn: [J("1406/02/20"), J("1406/02/20"), J("1406/02/20")],
        InspectorTermsEndOn: [J("1406/02/20")],
        InspectorsReportUploaded: true,
        TotalAssets: 5_000_000_000,
        TotalLiabilities: 2_000_000_000,
        Equity: 3_000_000_000,
        NetProfitOrLoss: 150_000_000,
        PreviousYearNetProfitOrLoss: null);

    /// <summary>A registry with the year's ordinary assembly recorded on 1405/03/02 (inside the window) and its officers in term.</summary>
    private static RegistryFacts Registry => new(J("1405/03/02"), [J("1408/03/01")], [J("1406/03/01")]);

    private static IReadOnlyList<RiskFinding> Findings(DeclarationFacts facts) => RiskRules.Assess(facts, RiskSettings.Default, AsOf).Findings;

    private static RiskFinding Only(DeclarationFacts facts, string ruleId)
    {
        var finding = Assert.Single(Findings(facts));
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(RiskRules.All.Single(r => r.Id == ruleId).Explanation, finding.Explanation);
        return finding;
    }

    [Fact]
    public void R01_reads_the_recorded_assembly_over_a_missing_or_wrong_declared_day()
    {
        Assert.Empty(Findings(Declared with { OrdinaryAssemblyHeldOn = null, Registry = Registry }));
        Assert.Empty(Findings(Declared with { OrdinaryAssemblyHeldOn = J("1405/06/01"), Registry = Registry }));
    }

    [Fact]
    public void R01_fires_on_a_recorded_assembly_outside_the_window_even_when_the_manager_declared_one_inside_it()
    {
        var finding = Only(Declared with { Registry = Registry with { OrdinaryAssemblyHeldOn = J("1405/05/12") } }, "R01");
        Assert.Equal("طبق مجمع ثبت‌شده در سامانه، 1405/05/12؛ بازه قانونی: 1405/01/01 تا 1405/04/31", finding.Evidence);
        Assert.StartsWith(RiskRules.RecordedAssembly, finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void R01_reads_the_manager_s_day_when_the_registry_recorded_no_assembly()
    {
        Assert.Empty(Findings(Declared with { Registry = RegistryFacts.None }));
        var late = Only(Declared with { OrdinaryAssemblyHeldOn = J("1405/05/12") }, "R01");
        Assert.Equal("طبق اظهار مدیر، مجمع عادی: 1405/05/12؛ بازه قانونی: 1405/01/01 تا 1405/04/31", late.Evidence);
        var none = Only(Declared with { OrdinaryAssemblyHeldOn = null }, "R01");
        Assert.Equal("در سامانه مجمع عادی این سال ثبت نشده و طبق اظهار مدیر، تاریخ مجمع عادی اعلام نشده است؛ مهلت: 1405/04/31", none.Evidence);
    }

    [Fact]
    public void R02_reads_the_board_terms_in_the_registry_over_the_declared_ones()
    {
        var recorded = Only(Declared with { Registry = Registry with { BoardTermsEndOn = [J("1408/03/01"), J("1405/01/31"), J("1404/12/01")] } }, "R02");
        Assert.Equal("طبق اعضای ثبت‌شده در سامانه، 2 عضو هیئت مدیره با دوره پایان‌یافته؛ نخستین پایان دوره: 1404/12/01", recorded.Evidence);

        // The registry's board is in term: the manager's expired terms do not count.
        Assert.Empty(Findings(Declared with { BoardTermsEndOn = [J("1405/01/31")], Registry = Registry }));
    }

    [Fact]
    public void R02_reads_the_declared_board_terms_when_the_registry_holds_none()
    {
        var declared = Only(Declared with { BoardTermsEndOn = [J("1405/01/31")], Registry = Registry with { BoardTermsEndOn = [] } }, "R02");
        Assert.Equal("طبق اظهار مدیر، 1 عضو هیئت مدیره با دوره پایان‌یافته؛ نخستین پایان دوره: 1405/01/31", declared.Evidence);
    }

    [Fact]
    public void R03_reads_the_inspector_terms_in_the_registry_over_the_declared_ones()
    {
        var recorded = Only(Declared with { Registry = Registry with { InspectorTermsEndOn = [J("1405/03/09")] } }, "R03");
        Assert.Equal("طبق اعضای ثبت‌شده در سامانه، 1 بازرس با دوره پایان‌یافته؛ نخستین پایان دوره: 1405/03/09", recorded.Evidence);
        Assert.Empty(Findings(Declared with { InspectorTermsEndOn = [J("1405/03/09")], Registry = Registry }));
    }

    [Fact]
    public void R03_reads_the_declared_inspector_terms_when_the_registry_holds_none()
    {
        var declared = Only(Declared with { InspectorTermsEndOn = [J("1405/03/09")] }, "R03");
        Assert.Equal("طبق اظهار مدیر، 1 بازرس با دوره پایان‌یافته؛ نخستین پایان دوره: 1405/03/09", declared.Evidence);
    }

    [Fact]
    public void The_registry_s_facts_are_the_terms_of_its_principal_board_members_and_inspectors()
    {
        var facts = RegistryFacts.From(
        [
            new(OfficerRole.BoardMember, "علی رضایی", TestApplications.NationalCodeFor(0), J("1405/03/02"), J("1408/03/01")),
            new(OfficerRole.AlternateBoardMember, "سارا محمدی", TestApplications.NationalCodeFor(1), J("1405/03/02"), J("1405/01/01")),
            new(OfficerRole.Inspector, "زهرا موسوی", TestApplications.NationalCodeFor(2), J("1405/03/02"), J("1406/03/01")),
            new(OfficerRole.BoardMember, "بی‌دوره", TestApplications.NationalCodeFor(3)),
            new(OfficerRole.Ceo, "رضا مدیری", TestApplications.NationalCodeFor(4), null, J("1400/01/01")),
        ], J("1405/03/02"));

        Assert.Equal([J("1408/03/01")], facts.BoardTermsEndOn);
        Assert.Equal([J("1406/03/01")], facts.InspectorTermsEndOn);
        Assert.Equal(J("1405/03/02"), facts.OrdinaryAssemblyHeldOn);
        Assert.Same(RegistryFacts.None, (Declared with { Registry = null }).Recorded);
    }

    [Fact]
    public void Submission_fixes_the_assessment_with_the_registry_s_facts()
    {
        var declaration = SelfDeclaration.Start(Guid.NewGuid(), 14, null, 1404, DeclarationContent.Empty, null, "manager-1", TestApplications.Now);
        var content = new DeclarationContent
        {
            MembersTotal = 25, MembersWomen = 10, MembersMen = 15, Employees = 4, Capital = 900_000_000,
            TotalAssets = 5_000_000_000, TotalLiabilities = 2_000_000_000, Equity = 3_000_000_000, Revenue = 7_000_000_000,
            NetProfitOrLoss = 150_000_000, Dividends = 0, OrdinaryAssemblyHeldOn = J("1404/11/20"), // last year's assembly: R01 on its own
            Officers =
            [
                new(OfficerRole.BoardMember, "علی رضایی", TestApplications.NationalCodeFor(0), null, J("1406/02/20")),
                new(OfficerRole.BoardMember, "مریم احمدی", TestApplications.NationalCodeFor(1), null, J("1406/02/20")),
                new(OfficerRole.BoardMember, "حسین کریمی", TestApplications.NationalCodeFor(2), null, J("1406/02/20")),
                new(OfficerRole.Inspector, "زهرا موسوی", TestApplications.NationalCodeFor(3), null, J("1406/02/20")),
            ],
            TaxReturnFiled = true, InsurancePaid = true, BooksKept = true, LicencesValid = true, TrainingHours = 12, ExportsValue = 0,
        };
        foreach (var section in DeclarationSectionText.All)
        {
            declaration.SaveSection(section, content, confirmed: true, TestApplications.Now);
        }

        declaration.AttachInspectorsReport("report.pdf", "application/pdf", 100, "aa", "key", TestApplications.Now);
        Assert.Contains(RiskRules.Assess(declaration.Facts(AsOf, RegistryFacts.None), RiskSettings.Default, AsOf).Findings, f => f.RuleId == "R01");

        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, Registry with { BoardTermsEndOn = [J("1405/01/31")] }, AsOf, TestApplications.Now);

        var finding = Assert.Single(declaration.RiskFindings);
        Assert.Equal("R02", finding.RuleId);
        Assert.StartsWith(RiskRules.RecordedOfficers, finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_declaration_takes_the_board_inspectors_and_capital_confirmed_assemblies_changed_from_the_registry()
    {
        var ceo = new OfficerEntry(OfficerRole.Ceo, "رضا مدیری", TestApplications.NationalCodeFor(9));
        var oldBoard = new OfficerEntry(OfficerRole.BoardMember, "عضو پیشین", TestApplications.NationalCodeFor(8), J("1402/02/01"), J("1405/01/31"));
        var oldInspector = new OfficerEntry(OfficerRole.Inspector, "بازرس پیشین", TestApplications.NationalCodeFor(7), J("1404/02/01"), J("1405/01/31"));
        var lastYear = new DeclarationContent { MembersTotal = 25, Capital = 900_000_000, Officers = [ceo, oldBoard, oldInspector] };
        var newBoard = new OfficerEntry(OfficerRole.BoardMember, "علی رضایی", TestApplications.NationalCodeFor(0), J("1405/03/30"), J("1408/03/29"));
        var newAlternate = new OfficerEntry(OfficerRole.AlternateBoardMember, "سارا محمدی", TestApplications.NationalCodeFor(1), J("1405/03/30"), J("1408/03/29"));
        OfficerEntry[] registry = [ceo, newBoard, newAlternate, oldInspector with { FullName = "بازرس در سامانه" }];

        var board = DeclarationContent.PreFill(lastYear, 30, 2_500_000_000, registry, new RegistryUpdates(Board: true, Inspectors: false, Capital: false));
        Assert.Equal([newBoard, newAlternate, oldInspector, ceo], board.Officers);
        Assert.Equal(900_000_000, board.Capital);
        Assert.Equal(25, board.MembersTotal);

        var capital = DeclarationContent.PreFill(lastYear, 30, 2_500_000_000, registry, new RegistryUpdates(Board: false, Inspectors: false, Capital: true));
        Assert.Equal(2_500_000_000, capital.Capital);
        Assert.Equal(lastYear.Officers, capital.Officers);

        var inspectors = DeclarationContent.PreFill(lastYear, 30, 2_500_000_000, registry, new RegistryUpdates(Board: false, Inspectors: true, Capital: false));
        Assert.Equal([oldBoard, registry[3], ceo], inspectors.Officers);

        Assert.Equal(lastYear.Officers, DeclarationContent.PreFill(lastYear, 30, 2_500_000_000, registry).Officers);
    }
}
