using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Supervision;

/// <summary>The self-declaration: pre-fill, section confirmation, completeness, risk fixed at submission, office decisions.</summary>
public sealed class SelfDeclarationTests
{
    private static readonly DateTime Now = TestApplications.Now;
    private static readonly DateOnly Today = JalaliDate.Parse("1405/03/10")!.Value;

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private static readonly IReadOnlyList<OfficerEntry> Officers =
    [
        new(OfficerRole.BoardMember, "علی رضایی", TestApplications.NationalCodeFor(0), null, J("1406/02/20")),
        new(OfficerRole.BoardMember, "مریم احمدی", TestApplications.NationalCodeFor(1), null, J("1406/02/20")),
        new(OfficerRole.BoardMember, "حسین کریمی", TestApplications.NationalCodeFor(2), null, J("1406/02/20")),
        new(OfficerRole.Inspector, "زهرا موسوی", TestApplications.NationalCodeFor(3), null, J("1406/02/20")),
    ];

    private static DeclarationContent Sound => new()
    {
        MembersTotal = 25,
        MembersWomen = 10,
        MembersMen = 15,
        Employees = 4,
        Capital = 900_000_000,
        TotalAssets = 5_000_000_000,
        TotalLiabilities = 2_000_000_000,
        Equity = 3_000_000_000,
        Revenue = 7_000_000_000,
        NetProfitOrLoss = 150_000_000,
        Dividends = 50_000_000,
        OrdinaryAssemblyHeldOn = J("1405/02/20"),
        ExtraordinaryAssemblies = [new ExtraordinaryAssembly(J("1404/08/01"), "افزایش سرمایه")],
        Officers = Officers,
        TaxReturnFiled = true,
        InsurancePaid = true,
        BooksKept = true,
        LicencesValid = true,
        TrainingHours = 12,
        ExportsValue = 0,
    };

    private static SelfDeclaration Filled(DeclarationContent? content = null, bool report = true)
    {
        var declaration = SelfDeclaration.Start(Guid.NewGuid(), 14, null, 1404, DeclarationContent.Empty, -20_000_000, "manager-1", Now);
        foreach (var section in DeclarationSectionText.All)
        {
            declaration.SaveSection(section, content ?? Sound, confirmed: true, Now);
        }

        if (report)
        {
            declaration.AttachInspectorsReport("report.pdf", "application/pdf", 100, "aa", "key", Now);
        }

        return declaration;
    }

    [Fact]
    public void A_sound_declaration_is_complete_and_scores_no_risk()
    {
        var declaration = Filled();
        Assert.Empty(DeclarationValidator.Validate(declaration, Today));
        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now);
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.Equal(0, declaration.RiskTotal);
        Assert.Equal(RiskBand.Low, declaration.RiskBand);
        Assert.Equal("K7TM-29QH", declaration.ReceiptNumber);
    }

    [Fact]
    public void Saving_a_section_takes_only_that_sections_fields()
    {
        var declaration = SelfDeclaration.Start(Guid.NewGuid(), 14, null, 1404, DeclarationContent.Empty, null, "manager-1", Now);
        declaration.SaveSection(DeclarationSection.Members, Sound, confirmed: false, Now);
        Assert.Equal(25, declaration.Content.MembersTotal);
        Assert.Null(declaration.Content.TotalAssets);
        Assert.Empty(declaration.Content.Officers);
        Assert.Empty(declaration.ConfirmedSections);
        declaration.SaveSection(DeclarationSection.Finances, Sound, confirmed: true, Now);
        Assert.Equal(5_000_000_000, declaration.Content.TotalAssets);
        Assert.Equal([DeclarationSection.Finances], declaration.ConfirmedSections);
    }

    [Fact]
    public void Every_section_must_be_confirmed()
    {
        var declaration = Filled();
        declaration.SaveSection(DeclarationSection.Compliance, Sound, confirmed: false, Now);
        var fields = DeclarationValidator.Validate(declaration, Today).Select(p => p.Field).ToList();
        Assert.Equal(["Section.Compliance"], fields);
        Assert.Throws<DomainException>(() => declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now));
        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
    }

    [Fact]
    public void Sending_without_the_declaration_of_truth_is_refused_in_Persian()
    {
        var declaration = Filled();
        var refused = Assert.Throws<DomainException>(() => declaration.Submit("manager-1", false, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now));
        Assert.Equal(SelfDeclaration.TruthNotDeclared, refused.Message);
        Assert.Contains("درستی اطلاعات", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
        Assert.False(declaration.TruthDeclared);
    }

    [Fact]
    public void Saving_a_section_keeps_what_was_declared_and_moves_the_revision_on()
    {
        var declaration = Filled();
        var checkedRevision = declaration.Revision;
        declaration.SaveSection(DeclarationSection.Compliance, Sound, confirmed: true, Now.AddMinutes(1));
        Assert.Equal(checkedRevision + 1, declaration.Revision);
        Assert.Empty(DeclarationValidator.Validate(declaration, Today)); // nothing to declare again before sending
        declaration.AttachInspectorsReport("second.pdf", "application/pdf", 100, "bb", "key-2", Now.AddMinutes(2));
        Assert.Equal(checkedRevision + 2, declaration.Revision);
    }

    [Fact]
    public void The_declaration_of_truth_certifies_the_revision_that_was_checked_not_a_later_one()
    {
        var declaration = Filled();
        var checkedRevision = declaration.Revision;
        declaration.SaveSection(DeclarationSection.Members, Sound with { Employees = 9 }, confirmed: true, Now.AddMinutes(1)); // another tab
        var refused = Assert.Throws<DomainException>(() => declaration.Submit("manager-1", true, checkedRevision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now));
        Assert.Equal(SelfDeclaration.ChangedSinceChecked, refused.Message);
        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now.AddMinutes(2));
        Assert.Equal(DeclarationStatus.Submitted, declaration.Status);
        Assert.True(declaration.TruthDeclared);
        Assert.Equal(9, declaration.Content.Employees);
    }

    [Fact]
    public void Sections_are_not_started_then_in_progress_then_completed_or_in_need_of_correction()
    {
        var declaration = SelfDeclaration.Start(Guid.NewGuid(), 14, null, 1404, DeclarationContent.Empty, null, "manager-1", Now);
        Assert.Equal(SectionStatus.NotStarted, Status(DeclarationSection.Members));
        declaration.SaveSection(DeclarationSection.Members, Sound with { Employees = null }, confirmed: false, Now);
        Assert.Equal(SectionStatus.InProgress, Status(DeclarationSection.Members));
        declaration.SaveSection(DeclarationSection.Members, Sound with { Employees = null }, confirmed: true, Now);
        Assert.Equal(SectionStatus.NeedsCorrection, Status(DeclarationSection.Members));
        declaration.SaveSection(DeclarationSection.Members, Sound, confirmed: true, Now);
        Assert.Equal(SectionStatus.Completed, Status(DeclarationSection.Members));
        Assert.Equal(SectionStatus.NotStarted, Status(DeclarationSection.InspectorsReport));
        declaration.AttachInspectorsReport("report.pdf", "application/pdf", 100, "aa", "key", Now);
        Assert.Equal(SectionStatus.InProgress, Status(DeclarationSection.InspectorsReport));

        SectionStatus Status(DeclarationSection section) => declaration.SectionStatuses(DeclarationValidator.Validate(declaration, Today))[section];
    }

    [Fact]
    public void Women_and_men_add_up_to_the_members()
    {
        var declaration = Filled(Sound with { MembersWomen = 11 });
        var problem = Assert.Single(DeclarationValidator.Validate(declaration, Today));
        Assert.Equal("MembersTotal", problem.Field);
        Assert.Contains("۲۶", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_figures_are_named_and_negative_equity_or_loss_are_allowed()
    {
        var declaration = Filled(Sound with { TotalAssets = null, Revenue = -1, Equity = -5, NetProfitOrLoss = -10, TrainingHours = null });
        var fields = DeclarationValidator.Validate(declaration, Today).Select(p => p.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "TotalAssets", "Revenue", "TrainingHours" }, fields);
    }

    [Fact]
    public void Officers_need_names_valid_codes_and_term_ends()
    {
        var officers = Officers.ToList();
        officers[1] = officers[1] with { NationalCode = "1111111111" };
        officers[3] = officers[3] with { TermEndsOn = null };
        var fields = DeclarationValidator.Validate(Filled(Sound with { Officers = officers }), Today).Select(p => p.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "Officers[1].NationalCode", "Officers[3].TermEndsOn" }, fields);
        var noInspector = Officers.Where(o => o.Role != OfficerRole.Inspector).ToList();
        Assert.Contains(DeclarationValidator.Validate(Filled(Sound with { Officers = noInspector }), Today), p => p.Field == "Officers");
    }

    [Fact]
    public void An_ordinary_assembly_date_outside_the_year_or_in_the_future_is_refused()
    {
        Assert.Contains(DeclarationValidator.Validate(Filled(Sound with { OrdinaryAssemblyHeldOn = J("1403/12/01") }), Today), p => p.Field == "OrdinaryAssemblyHeldOn");
        Assert.Contains(DeclarationValidator.Validate(Filled(Sound with { OrdinaryAssemblyHeldOn = Today.AddDays(1) }), Today), p => p.Field == "OrdinaryAssemblyHeldOn");
        Assert.Empty(DeclarationValidator.Validate(Filled(Sound with { OrdinaryAssemblyHeldOn = null }), Today));
    }

    [Fact]
    public void The_risk_is_fixed_at_submission_with_its_evidence()
    {
        var declaration = Filled(Sound with { OrdinaryAssemblyHeldOn = null, NetProfitOrLoss = -1_000 }, report: false);
        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now);
        Assert.Equal(["R01", "R04", "R07"], declaration.RiskFindings.Select(f => f.RuleId));
        Assert.Equal(25 + 15 + 15, declaration.RiskTotal);
        Assert.Equal(RiskBand.High, declaration.RiskBand);
    }

    [Fact]
    public void Send_back_then_resubmit_then_accept()
    {
        var declaration = Filled();
        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now);
        Assert.Throws<DomainException>(() => declaration.SendBack("reviewer-1", "", Now));
        declaration.SendBack("reviewer-1", "ترازنامه را پیوست کنید", Now.AddMinutes(1));
        Assert.Equal(DeclarationStatus.ReturnedForCorrection, declaration.Status);
        Assert.False(declaration.TruthDeclared);
        Assert.Throws<DomainException>(() => declaration.Submit("manager-1", false, declaration.Revision, "ZZZZ-ZZZZ", RiskSettings.Default, RegistryFacts.None, Today, Now.AddMinutes(2)));
        declaration.Submit("manager-1", true, declaration.Revision, "ZZZZ-ZZZZ", RiskSettings.Default, RegistryFacts.None, Today, Now.AddMinutes(3));
        Assert.Equal(DeclarationStatus.Resubmitted, declaration.Status);
        Assert.Equal("K7TM-29QH", declaration.ReceiptNumber); // the receipt number is given once
        declaration.Accept("reviewer-1", null, Now.AddMinutes(4));
        Assert.Equal(DeclarationStatus.Accepted, declaration.Status);
        Assert.Equal([DeclarationAction.Submit, DeclarationAction.SendBack, DeclarationAction.Resubmit, DeclarationAction.Accept], declaration.Events.Select(e => e.Action));
        Assert.Throws<DomainException>(() => declaration.SaveSection(DeclarationSection.Members, Sound, true, Now));
    }

    [Fact]
    public void An_inspection_visit_is_planned_for_today_or_later_and_can_then_be_accepted()
    {
        var declaration = Filled();
        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, Today, Now);
        Assert.Throws<DomainException>(() => declaration.PlanInspection("reviewer-1", Today.AddDays(-1), null, Today, Now));
        declaration.PlanInspection("reviewer-1", Today.AddDays(10), "بررسی دفاتر", Today, Now.AddMinutes(1));
        Assert.Equal(DeclarationStatus.InspectionPlanned, declaration.Status);
        Assert.Equal(Today.AddDays(10), declaration.InspectionPlannedOn);
        Assert.Contains("بررسی دفاتر", declaration.Events[^1].Comment, StringComparison.Ordinal);
        declaration.Accept("reviewer-1", null, Now.AddMinutes(2));
        Assert.Equal(DeclarationStatus.Accepted, declaration.Status);
    }

    [Fact]
    public void A_visit_is_recorded_on_a_day_not_in_the_future_with_findings_and_then_decided()
    {
        var today = DateOnly.FromDateTime(Now); // the visit cannot be dated before the submission
        var declaration = Filled();
        declaration.Submit("manager-1", true, declaration.Revision, "K7TM-29QH", RiskSettings.Default, RegistryFacts.None, today, Now);
        Assert.Throws<DomainException>(() => declaration.RecordInspection("reviewer-1", today, "دفاتر به‌روز است.", today, Now)); // nothing planned
        declaration.PlanInspection("reviewer-1", today, null, today, Now.AddMinutes(1));

        Assert.Throws<DomainException>(() => declaration.RecordInspection("reviewer-1", today.AddDays(1), "دفاتر به‌روز است.", today, Now));
        Assert.Throws<DomainException>(() => declaration.RecordInspection("reviewer-1", today, "  کوتاه  ", today, Now));
        Assert.Equal(DeclarationStatus.InspectionPlanned, declaration.Status);

        declaration.RecordInspection("reviewer-1", today, "دفاتر قانوني به‌روز است و صورت‌جلسه موجود است.", today, Now.AddMinutes(2));
        Assert.Equal(DeclarationStatus.Inspected, declaration.Status);
        Assert.Equal(today, declaration.InspectedOn);
        Assert.Equal("دفاتر قانونی به‌روز است و صورت‌جلسه موجود است.", declaration.InspectionFindings); // normalized
        Assert.True(DeclarationText.AwaitsOffice(declaration.Status));
        Assert.Throws<DomainException>(() => declaration.PlanInspection("reviewer-1", today.AddDays(3), null, today, Now));
        Assert.Throws<DomainException>(() => declaration.RecordInspection("reviewer-1", today, "دوباره ثبت گزارش بازدید", today, Now));

        declaration.SendBack("reviewer-1", "صورت‌های مالی را با گزارش بازرس تطبیق دهید.", Now.AddMinutes(3));
        Assert.Equal(DeclarationStatus.ReturnedForCorrection, declaration.Status);
        Assert.Equal([DeclarationAction.Submit, DeclarationAction.PlanInspection, DeclarationAction.RecordInspection, DeclarationAction.SendBack], declaration.Events.Select(e => e.Action));
    }

    [Fact]
    public void Pre_fill_carries_last_years_lasting_facts_but_not_the_years_figures()
    {
        var lastYear = Sound;
        var filled = DeclarationContent.PreFill(lastYear, registryMembers: 7, registryCapital: 1, registryOfficers: []);
        Assert.Equal(25, filled.MembersTotal);
        Assert.Equal(10, filled.MembersWomen);
        Assert.Equal(900_000_000, filled.Capital);
        Assert.Equal(Officers, filled.Officers);
        Assert.True(filled.BooksKept);
        Assert.Null(filled.TotalAssets);
        Assert.Null(filled.OrdinaryAssemblyHeldOn);
        Assert.Null(filled.TaxReturnFiled);
        Assert.Empty(filled.ExtraordinaryAssemblies);

        var fromRegistry = DeclarationContent.PreFill(null, 9, 500, Officers);
        Assert.Equal(9, fromRegistry.MembersTotal);
        Assert.Equal(500, fromRegistry.Capital);
        Assert.Equal(4, fromRegistry.Officers.Count);
    }

    [Fact]
    public void The_workflow_refuses_what_it_does_not_list_with_a_persian_reason()
    {
        foreach (var status in Enum.GetValues<DeclarationStatus>())
        {
            foreach (var action in Enum.GetValues<DeclarationAction>())
            {
                var (to, refusal) = SelfDeclaration.Workflow.Next(status, action);
                Assert.True(to is not null ^ refusal is not null);
                Assert.True(to is not null || TestApplications.HasPersianLetter(refusal));
            }
        }

        Assert.Equal(13, SelfDeclaration.Workflow.Table.Count);
        Assert.False(SelfDeclaration.Workflow.Allows(DeclarationStatus.Accepted, DeclarationAction.SendBack));
        Assert.True(SelfDeclaration.Workflow.Allows(DeclarationStatus.InspectionPlanned, DeclarationAction.RecordInspection));
        Assert.False(SelfDeclaration.Workflow.Allows(DeclarationStatus.Submitted, DeclarationAction.RecordInspection));
    }

    [Fact]
    public void Every_problem_of_an_incomplete_declaration_names_a_section()
    {
        var empty = SelfDeclaration.Start(Guid.NewGuid(), 14, null, 1404, DeclarationContent.Empty with { Officers = [new(OfficerRole.BoardMember, "", "12")] }, null, "manager-1", Now);
        var problems = DeclarationValidator.Validate(empty, Today);
        Assert.All(problems, p => Assert.NotNull(DeclarationSectionText.SectionOf(p.Field)));
        Assert.Null(DeclarationSectionText.SectionOf("TruthDeclared"));
        Assert.Equal(DeclarationSection.Officers, DeclarationSectionText.SectionOf("Officers[0].NationalCode"));
        Assert.Equal(DeclarationSection.Compliance, DeclarationSectionText.SectionOf("Section.Compliance"));
        Assert.Equal(DeclarationSection.Finances, DeclarationSectionText.SectionOf("Equity"));
    }
}
