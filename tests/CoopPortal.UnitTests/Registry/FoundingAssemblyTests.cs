using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.UnitTests.Formation;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Registry;

/// <summary>The founding assembly's rules and workflow, and the cooperative it registers.</summary>
public sealed class FoundingAssemblyTests
{
    private static readonly DateTime Now = TestApplications.Now;
    private static readonly DateOnly ApprovedOn = new(2026, 11, 1);
    private static readonly DateOnly HeldOn = new(2026, 11, 15);

    private static FormationApplication Approved()
    {
        var application = TestApplications.UnderReview();
        application.Recommend(TestApplications.ReviewerUserId, null, Now.AddMinutes(3));
        application.Approve("head-1", Now.AddMinutes(4));
        return application;
    }

    private static AssemblyContext Context(FormationApplication application, RegistryRules? rules = null) => new(
        ApprovedOn,
        application.Members.ToDictionary(m => m.NationalCode, m => m.FullName),
        application.Capital.Total,
        FormationRules.Default,
        rules ?? RegistryRules.Default,
        TestApplications.Today);

    private static List<OfficerEntry> ValidOfficers(FormationApplication application)
    {
        var m = application.Members;
        return
        [
            new(OfficerRole.BoardMember, m[0].FullName, m[0].NationalCode),
            new(OfficerRole.BoardMember, m[1].FullName, m[1].NationalCode),
            new(OfficerRole.BoardMember, m[2].FullName, m[2].NationalCode),
            new(OfficerRole.AlternateBoardMember, m[3].FullName, m[3].NationalCode),
            new(OfficerRole.Inspector, m[4].FullName, m[4].NationalCode),
            new(OfficerRole.Ceo, m[0].FullName, m[0].NationalCode),
        ];
    }

    /// <summary>An assembly with nothing missing: date, a third of the capital paid, officers, the three files.</summary>
    private static (FoundingAssembly Assembly, FormationApplication Application) Complete()
    {
        var application = Approved();
        var assembly = FoundingAssembly.Start(application, Now);
        assembly.Edit(HeldOn, application.Capital.Total / 2, null, Now);
        assembly.SetOfficers(ValidOfficers(application), Now);
        foreach (var kind in Enum.GetValues<AssemblyFileKind>())
        {
            assembly.AttachFile(kind, kind + ".pdf", "application/pdf", 100, "aa", "key-" + kind, Now);
        }

        return (assembly, application);
    }

    private static IReadOnlyList<FieldProblem> Problems(FoundingAssembly assembly, FormationApplication application, RegistryRules? rules = null) =>
        AssemblyValidator.Validate(assembly, Context(application, rules));

    [Fact]
    public void A_complete_assembly_has_no_problem()
    {
        var (assembly, application) = Complete();
        Assert.Empty(Problems(assembly, application));
    }

    [Fact]
    public void It_starts_only_after_the_formation_approval()
    {
        var ex = Assert.Throws<DomainException>(() => FoundingAssembly.Start(TestApplications.UnderReview(), Now));
        Assert.Contains("پس از صدور موافقت‌نامه", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_assembly_reports_every_missing_part()
    {
        var application = Approved();
        var fields = Problems(FoundingAssembly.Start(application, Now), application).Select(p => p.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "HeldOn", "CapitalPaid", "Board", "Alternates", "Inspectors", "Ceo", "Files.Minutes", "Files.Bylaws", "Files.BankCertificate" }, fields);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void The_board_has_three_to_seven_principal_members(int size, bool valid)
    {
        var (assembly, application) = Complete();
        var officers = Enumerable.Range(0, size)
            .Select(i => new OfficerEntry(OfficerRole.BoardMember, TestApplications.ValidMember(i).FullName!, TestApplications.NationalCodeFor(i)))
            .ToList();
        officers.Add(new(OfficerRole.AlternateBoardMember, "عضو علی‌البدل", TestApplications.NationalCodeFor(9)));
        officers.Add(new(OfficerRole.Inspector, "بازرس بیرونی", TestApplications.NationalCodeFor(50)));
        officers.Add(new(OfficerRole.Ceo, "مدیرعامل", TestApplications.NationalCodeFor(0)));
        assembly.SetOfficers(officers, Now);
        Assert.Equal(valid, Problems(assembly, application).All(p => p.Field != "Board"));
    }

    [Fact]
    public void Board_members_must_be_members_of_the_cooperative_but_inspectors_need_not_be()
    {
        var (assembly, application) = Complete();
        var officers = ValidOfficers(application);
        officers[1] = officers[1] with { NationalCode = TestApplications.NationalCodeFor(60) };
        officers[4] = officers[4] with { NationalCode = TestApplications.NationalCodeFor(61) };
        assembly.SetOfficers(officers, Now);
        var problem = Assert.Single(Problems(assembly, application));
        Assert.Equal("Officers[1].NationalCode", problem.Field);
        Assert.Contains("از اعضای تعاونی", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inspector_cannot_sit_on_the_board()
    {
        var (assembly, application) = Complete();
        var officers = ValidOfficers(application);
        officers[4] = officers[4] with { NationalCode = officers[1].NationalCode };
        assembly.SetOfficers(officers, Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "Officers" && p.Message.Contains("بازرس نمی‌تواند", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_national_code_is_named_by_row()
    {
        var (assembly, application) = Complete();
        var officers = ValidOfficers(application);
        officers[4] = officers[4] with { NationalCode = "1234567890" };
        assembly.SetOfficers(officers, Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "Officers[4].NationalCode" && p.Message.Contains("ردیف ۵", StringComparison.Ordinal));
    }

    [Fact]
    public void At_least_a_third_of_the_subscribed_capital_is_paid_and_not_more_than_subscribed()
    {
        var (assembly, application) = Complete();
        var total = application.Capital.Total;
        assembly.Edit(HeldOn, (total / 3) - 1, null, Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "CapitalPaid" && p.Message.Contains("باید پیش از ثبت پرداخت شود", StringComparison.Ordinal));
        assembly.Edit(HeldOn, (total + 2) / 3, null, Now);
        Assert.DoesNotContain(Problems(assembly, application), p => p.Field == "CapitalPaid");
        assembly.Edit(HeldOn, total + 1, null, Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "CapitalPaid" && p.Message.Contains("بیشتر است", StringComparison.Ordinal));
    }

    [Fact]
    public void The_date_is_after_the_approval_and_not_in_the_future()
    {
        var (assembly, application) = Complete();
        assembly.Edit(ApprovedOn.AddDays(-1), application.Capital.Total, null, Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "HeldOn");
        assembly.Edit(TestApplications.Today.AddDays(1), application.Capital.Total, null, Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "HeldOn" && p.Message.Contains("آینده", StringComparison.Ordinal));
    }

    [Fact]
    public void The_company_national_id_is_optional_but_checked_when_given()
    {
        var (assembly, application) = Complete();
        assembly.Edit(HeldOn, application.Capital.Total, "12345678901", Now);
        Assert.Contains(Problems(assembly, application), p => p.Field == "CompanyNationalId");
        var valid = Checksums.CompleteCompanyNationalId("1010123456");
        assembly.Edit(HeldOn, application.Capital.Total, PersianDigits.ToPersian(valid), Now);
        Assert.Empty(Problems(assembly, application));
        Assert.Equal(valid, assembly.CompanyNationalId);
    }

    [Fact]
    public void Submit_send_back_resubmit_confirm_leaves_a_history()
    {
        var (assembly, application) = Complete();
        var context = Context(application);
        assembly.Submit(context, Now);
        Assert.Throws<DomainException>(() => assembly.SetOfficers([], Now));
        Assert.Throws<DomainException>(() => assembly.SendBack("reviewer-1", " ", Now));
        assembly.SendBack("reviewer-1", "گواهی بانکی خوانا نیست", Now.AddMinutes(1));
        Assert.Equal(AssemblyStatus.ReturnedForCorrection, assembly.Status);
        Assert.Equal("گواهی بانکی خوانا نیست", assembly.ReturnComment);
        assembly.Submit(context, Now.AddMinutes(2));
        Assert.Null(assembly.ReturnComment);
        var cooperativeId = Guid.NewGuid();
        assembly.Confirm("reviewer-1", cooperativeId, Now.AddMinutes(3));
        Assert.Equal(AssemblyStatus.Confirmed, assembly.Status);
        Assert.Equal(cooperativeId, assembly.CooperativeId);
        Assert.Equal([AssemblyAction.Submit, AssemblyAction.SendBack, AssemblyAction.Submit, AssemblyAction.Confirm], assembly.Events.Select(e => e.Action));
        var again = Assert.Throws<DomainException>(() => assembly.Confirm("reviewer-1", Guid.NewGuid(), Now.AddMinutes(4)));
        Assert.Contains("پیش‌تر تأیید شده", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_assembly_cannot_be_submitted()
    {
        var application = Approved();
        var assembly = FoundingAssembly.Start(application, Now);
        var ex = Assert.Throws<DomainException>(() => assembly.Submit(Context(application), Now));
        Assert.StartsWith("صورت‌جلسه هنوز کامل نیست", ex.Message, StringComparison.Ordinal);
        Assert.Equal(AssemblyStatus.Draft, assembly.Status);
    }

    [Fact]
    public void The_registered_cooperative_carries_officers_with_terms_and_the_managers()
    {
        var (assembly, application) = Complete();
        var rules = RegistryRules.Default with { BoardTermYears = 2, InspectorTermYears = 1 };
        var cooperative = Cooperative.Register(application, assembly, "1405-14-00001", rules, Now);
        Assert.Equal("مهر آفرین", cooperative.Name);
        Assert.Equal(7, cooperative.MembersCount);
        Assert.Equal(application.Capital.Total, cooperative.Capital);
        Assert.Equal(CooperativeSource.Portal, cooperative.Source);
        var board = cooperative.Officers.First(o => o.Role == OfficerRole.BoardMember);
        Assert.Equal(HeldOn, board.TermStartsOn);
        Assert.Equal(JalaliDate.AddYears(HeldOn, 2).AddDays(-1), board.TermEndsOn);
        var inspector = cooperative.Officers.Single(o => o.Role == OfficerRole.Inspector);
        Assert.Equal(JalaliDate.AddYears(HeldOn, 1).AddDays(-1), inspector.TermEndsOn);

        // The CEO (also a board member) and the three principal board members: three people, each once.
        var managers = cooperative.Managers.Select(m => m.NationalCode).ToList();
        Assert.Equal(3, managers.Count);
        Assert.Equal(application.Members.Take(3).Select(m => m.NationalCode).Order(), managers.Order());
    }

    [Fact]
    public void The_workflow_table_refuses_what_it_does_not_list()
    {
        foreach (var status in Enum.GetValues<AssemblyStatus>())
        {
            foreach (var action in Enum.GetValues<AssemblyAction>())
            {
                var (to, refusal) = FoundingAssembly.Workflow.Next(status, action);
                Assert.True(to is not null ^ refusal is not null);
                Assert.True(to is not null || TestApplications.HasPersianLetter(refusal));
            }
        }

        Assert.Equal(4, FoundingAssembly.Workflow.Table.Count);
    }

    [Fact]
    public void The_office_is_offered_a_submitted_assembly_but_not_its_applicant_or_officers()
    {
        var (assembly, application) = Complete();
        assembly.Submit(Context(application), Now.AddMinutes(5));
        var province = assembly.ProvinceId;
        CurrentUserSnapshot Staff(string id, string? nationalCode, params string[] roles) => new(id, roles.ToHashSet(), province) { NationalCode = nationalCode };

        Assert.True(RegistryAccess.CanReview(assembly, Staff("reviewer-9", "0084575948", Roles.Reviewer)));
        Assert.True(RegistryAccess.CanReview(assembly, Staff("head-9", null, Roles.HeadOfOffice)));
        // An inspector of the new cooperative who works in the office, and the applicant holding a reviewer's role.
        Assert.False(RegistryAccess.CanReview(assembly, Staff("reviewer-8", application.Members[4].NationalCode, Roles.Reviewer)));
        Assert.False(RegistryAccess.CanReview(assembly, Staff(assembly.ApplicantUserId, null, Roles.Applicant, Roles.Reviewer)));
        // Nothing is offered on an assembly that is not waiting for the office.
        Assert.False(RegistryAccess.CanReview(FoundingAssembly.Start(Approved(), Now), Staff("reviewer-9", "0084575948", Roles.Reviewer)));
    }

    [Fact]
    public void The_decisions_offered_are_the_office_rows_of_the_table_from_the_status()
    {
        var (assembly, application) = Complete();
        assembly.Submit(Context(application), Now.AddMinutes(5));
        var reviewer = new CurrentUserSnapshot("reviewer-9", new HashSet<string> { Roles.Reviewer }, assembly.ProvinceId);

        Assert.Equal(new HashSet<AssemblyAction> { AssemblyAction.SendBack, AssemblyAction.Confirm }, RegistryAccess.Decisions(assembly, reviewer));
        Assert.Empty(RegistryAccess.Decisions(assembly, new CurrentUserSnapshot("reviewer-1", new HashSet<string> { Roles.Reviewer }, assembly.ProvinceId + 1)));
        Assert.Empty(RegistryAccess.Decisions(assembly, new CurrentUserSnapshot(assembly.ApplicantUserId, new HashSet<string> { Roles.Applicant }, null)));
    }
}
