using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using static CoopPortal.Domain.Assemblies.CandidacyAction;
using static CoopPortal.Domain.Assemblies.CandidacyStatus;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>A candidacy: registered while the assembly takes candidates, its documents, the office's decision, standing down.</summary>
public sealed class CandidacyTests
{
    private const string CandidateUserId = "candidate-1";

    private static readonly StateMachine<CandidacyStatus, CandidacyAction> Workflow = Candidacy.Workflow;

    private static readonly EligibilityFinding Barred = new("E01", "نامزد هیئت مدیره باید عضو همین تعاونی باشد.", EligibilityVerdict.NotEligible, "کد ملی نامزد در فهرست اعضای ثبت‌شده تعاونی نیست");

    private static readonly EligibilityFinding ByHand = new("E05", "عضویت نامزد در سامانه قابل بررسی نیست.", EligibilityVerdict.CheckByHand, "فهرست اعضای این تعاونی در سامانه ثبت نشده است");

    private static Candidacy NewCandidacy(GeneralAssembly? assembly = null, OfficerRole post = OfficerRole.BoardMember) =>
        Candidacy.Register(assembly ?? Supervised(), post, CandidateUserId, Code(5), " نرگس اميني ", PublishedOn, Now);

    private static Candidacy At(CandidacyStatus status)
    {
        var candidacy = NewCandidacy();
        switch (status)
        {
            case Approved:
                candidacy.Approve(ReviewerUserId, [], Now.AddMinutes(1));
                break;
            case Refused:
                candidacy.Refuse(ReviewerUserId, "گواهی عدم سوء پیشینه بارگذاری نشده است.", [], Now.AddMinutes(1));
                break;
            case Withdrawn:
                candidacy.Withdraw(CandidateUserId, Now.AddMinutes(1));
                break;
        }

        return candidacy;
    }

    [Fact]
    public void Registering_copies_the_assembly_and_the_candidate()
    {
        var assembly = Supervised();
        var candidacy = NewCandidacy(assembly, OfficerRole.AlternateInspector);
        Assert.NotEqual(Guid.Empty, candidacy.Id);
        Assert.Equal((assembly.Id, assembly.CooperativeId, assembly.ProvinceId), (candidacy.AssemblyId, candidacy.CooperativeId, candidacy.ProvinceId));
        Assert.Equal((CandidateUserId, Code(5), "نرگس امینی"), (candidacy.CandidateUserId, candidacy.NationalCode, candidacy.FullName));
        Assert.Equal(OfficerRole.AlternateInspector, candidacy.Post);
        Assert.Equal(Registered, candidacy.Status);
        Assert.True(candidacy.IsOpen);
        Assert.Empty(candidacy.Events);
        Assert.Empty(candidacy.Findings);
        Assert.Equal(Now, candidacy.RegisteredAtUtc);
    }

    [Fact]
    public void Registering_is_refused_when_the_assembly_takes_no_candidate_for_the_post()
    {
        var draft = Draft();
        Assert.Equal(draft.CandidacyRefusal(OfficerRole.BoardMember, PublishedOn), Assert.Throws<DomainException>(() => NewCandidacy(draft)).Message);

        var boardOnly = Announced(agenda: [new(AgendaItemKind.ElectBoard)]);
        var post = Assert.Throws<DomainException>(() => NewCandidacy(boardOnly, OfficerRole.Inspector));
        Assert.Contains("«بازرس اصلی» انتخاب نمی‌شود", post.Message, StringComparison.Ordinal);

        var late = Assert.Throws<DomainException>(() => Candidacy.Register(Supervised(), OfficerRole.BoardMember, CandidateUserId, Code(5), "نرگس امینی", MeetingOn, Now));
        Assert.Contains("تا روز پیش از تشکیل مجمع", late.Message, StringComparison.Ordinal);

        var sent = AssemblyFixtures.At(GeneralAssemblyStatus.AwaitingObserver);
        Assert.Contains("نامزد نمی‌پذیرد", Assert.Throws<DomainException>(() => NewCandidacy(sent)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_needs_an_account_and_a_national_code()
    {
        Assert.ThrowsAny<ArgumentException>(() => Candidacy.Register(Supervised(), OfficerRole.BoardMember, " ", Code(5), "نرگس امینی", PublishedOn, Now));
        Assert.ThrowsAny<ArgumentException>(() => Candidacy.Register(Supervised(), OfficerRole.BoardMember, CandidateUserId, "", "نرگس امینی", PublishedOn, Now));
    }

    [Fact]
    public void Documents_are_added_and_removed_while_registered()
    {
        var candidacy = NewCandidacy();
        var id = candidacy.AttachFile(CandidateFileKind.IdCard, "id.jpg", "image/jpeg", 10, "aa", "key-id", Now);
        candidacy.AttachFile(CandidateFileKind.CriminalRecord, "record.pdf", "application/pdf", 10, "bb", "key-record", Now);
        Assert.Equal(new HashSet<CandidateFileKind> { CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord }, candidacy.FileKinds.ToHashSet());
        Assert.Equal(id, candidacy.RemoveFile(id.Id, Now));
        Assert.Equal([CandidateFileKind.CriminalRecord], candidacy.FileKinds);
        Assert.Contains("این فایل در این نامزدی نیست", Assert.Throws<DomainException>(() => candidacy.RemoveFile(Guid.NewGuid(), Now)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Approved)]
    [InlineData(Refused)]
    [InlineData(Withdrawn)]
    public void Documents_do_not_change_after_registration(CandidacyStatus status)
    {
        var candidacy = At(status);
        var attach = Assert.Throws<DomainException>(() => candidacy.AttachFile(CandidateFileKind.IdCard, "id.jpg", "image/jpeg", 10, "aa", "key-id", Now));
        Assert.Equal(Candidacy.NotEditable, attach.Message);
        Assert.Equal(Candidacy.NotEditable, Assert.Throws<DomainException>(() => candidacy.RemoveFile(Guid.NewGuid(), Now)).Message);
        Assert.Empty(candidacy.Files);
    }

    [Fact]
    public void Approval_is_refused_while_a_rule_bars_the_candidate_and_names_the_rule()
    {
        var candidacy = NewCandidacy();
        var ex = Assert.Throws<DomainException>(() => candidacy.Approve(ReviewerUserId, [ByHand, Barred], Now));
        Assert.Contains("با قاعده E01 واجد شرایط نیست", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Barred.Evidence, ex.Message, StringComparison.Ordinal);
        Assert.Equal(Registered, candidacy.Status);
        Assert.Empty(candidacy.Findings);
        Assert.Empty(candidacy.Events);
    }

    [Fact]
    public void Approval_is_allowed_with_findings_to_check_by_hand_which_are_kept()
    {
        var candidacy = NewCandidacy();
        candidacy.Approve(ReviewerUserId, [ByHand], Now.AddMinutes(1));
        Assert.Equal(Approved, candidacy.Status);
        Assert.Equal([ByHand], candidacy.Findings);
        Assert.Null(candidacy.DecisionReason);
        Assert.True(candidacy.IsOpen);
        var step = Assert.Single(candidacy.Events);
        Assert.Equal((Approve, ReviewerUserId, Registered, Approved), (step.Action, step.ActorUserId, step.FromStatus, step.ToStatus));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refusal_needs_a_reason(string reason)
    {
        var candidacy = NewCandidacy();
        var ex = Assert.Throws<DomainException>(() => candidacy.Refuse(ReviewerUserId, reason, [Barred], Now));
        Assert.Contains("دلیل رد صلاحیت را بنویسید", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Registered, candidacy.Status);
    }

    [Fact]
    public void Refusal_keeps_the_reason_and_the_findings()
    {
        var candidacy = NewCandidacy();
        candidacy.Refuse(ReviewerUserId, "  عضو تعاونی نیست ", [Barred], Now.AddMinutes(1));
        Assert.Equal(Refused, candidacy.Status);
        Assert.Equal("عضو تعاونی نیست", candidacy.DecisionReason);
        Assert.Equal([Barred], candidacy.Findings);
        Assert.False(candidacy.IsOpen);
        Assert.Equal("عضو تعاونی نیست", candidacy.Events[^1].Comment);
    }

    [Theory]
    [InlineData(Registered)]
    [InlineData(Approved)]
    public void The_candidate_may_stand_down_until_the_office_refuses(CandidacyStatus status)
    {
        var candidacy = At(status);
        candidacy.Withdraw(CandidateUserId, Now.AddMinutes(2));
        Assert.Equal(Withdrawn, candidacy.Status);
        Assert.False(candidacy.IsOpen);
        Assert.Equal(CandidateUserId, candidacy.Events[^1].ActorUserId);
    }

    [Fact]
    public void A_refused_candidate_does_not_stand_down()
    {
        var candidacy = At(Refused);
        var ex = Assert.Throws<DomainException>(() => candidacy.Withdraw(CandidateUserId, Now.AddMinutes(2)));
        Assert.Contains("انصراف لازم نیست", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Refused, candidacy.Status);
    }

    [Theory]
    [InlineData(Registered, Approve, Approved, CaseActors.Office)]
    [InlineData(Registered, Refuse, Refused, CaseActors.Office)]
    [InlineData(Registered, Withdraw, Withdrawn, CaseActors.Owner)]
    [InlineData(Approved, Withdraw, Withdrawn, CaseActors.Owner)]
    public void Each_row_of_the_table_leads_where_it_says(CandidacyStatus from, CandidacyAction action, CandidacyStatus to, string actor)
    {
        Assert.Equal(to, Workflow.Move(from, action));
        Assert.Equal(actor, Workflow.ActorOf(from, action));
    }

    [Fact]
    public void The_table_has_exactly_four_rows() => Assert.Equal(4, Workflow.Transitions.Count);

    [Theory]
    [InlineData(Approved, Approve, "پیش‌تر تصمیم گرفته شده است")]
    [InlineData(Approved, Refuse, "پیش‌تر تصمیم گرفته شده است")]
    [InlineData(Refused, Approve, "پیش‌تر تصمیم گرفته شده است")]
    [InlineData(Refused, Refuse, "پیش‌تر تصمیم گرفته شده است")]
    [InlineData(Refused, Withdraw, "صلاحیت این نامزد تأیید نشده است؛ انصراف لازم نیست")]
    [InlineData(Withdrawn, Approve, "این نامزد انصراف داده است")]
    [InlineData(Withdrawn, Refuse, "این نامزد انصراف داده است")]
    [InlineData(Withdrawn, Withdraw, "این نامزد انصراف داده است")]
    public void Each_refusal_says_why(CandidacyStatus from, CandidacyAction action, string fragment)
    {
        Assert.False(Workflow.Allows(from, action));
        Assert.Contains(fragment, Assert.Throws<DomainException>(() => Workflow.Move(from, action)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decided_candidacy_is_not_decided_again_through_the_aggregate()
    {
        var candidacy = At(Approved);
        Assert.Contains("پیش‌تر تصمیم گرفته شده", Assert.Throws<DomainException>(() => candidacy.Approve(ReviewerUserId, [], Now.AddMinutes(3))).Message, StringComparison.Ordinal);
        Assert.Single(candidacy.Events);
    }

    [Fact]
    public void Every_step_appends_one_history_line_and_raises_one_event()
    {
        var candidacy = NewCandidacy();
        Assert.Empty(candidacy.TakeDomainEvents());
        candidacy.Approve(ReviewerUserId, [], Now.AddMinutes(1));
        var approved = Assert.IsType<CandidacyStepTaken>(Assert.Single(candidacy.TakeDomainEvents()));
        Assert.Equal((Approve, Registered, Approved, ReviewerUserId, Now.AddMinutes(1)), (approved.Action, approved.From, approved.To, approved.ActorUserId, approved.AtUtc));
        Assert.Same(candidacy, approved.Candidacy);
        candidacy.Withdraw(CandidateUserId, Now.AddMinutes(2));
        var withdrawn = Assert.IsType<CandidacyStepTaken>(Assert.Single(candidacy.TakeDomainEvents()));
        Assert.Equal((Withdraw, Approved, Withdrawn), (withdrawn.Action, withdrawn.From, withdrawn.To));
        Assert.Equal([Approve, Withdraw], candidacy.Events.Select(e => e.Action));
        Assert.All(candidacy.Events, e => Assert.True(e.IsPublic));
        Assert.Equal(Now.AddMinutes(2), candidacy.UpdatedAtUtc);
    }

    [Fact]
    public void The_parties_hold_the_candidate_and_who_decided()
    {
        var candidacy = At(Approved);
        var parties = candidacy.Parties;
        Assert.Equal(CandidateUserId, parties.FiledByUserId);
        Assert.Equal([Code(5)], parties.MemberNationalCodes);
        Assert.Equal([("Approve", ReviewerUserId)], parties.Steps.Select(s => (s.Action, s.UserId)));
        Assert.Equal(SeparationOfDuties.OwnCase, SeparationOfDuties.Refusal(Workflow, Registered, Approve, new CaseActor("reviewer-2", Code(5)), NewCandidacy().Parties));
    }

    [Fact]
    public void Every_status_action_and_document_has_a_persian_title()
    {
        Assert.All(Enum.GetValues<CandidacyStatus>(), s => Assert.NotEqual(s.ToString(), CandidacyText.Title(s)));
        Assert.All(Enum.GetValues<CandidacyAction>(), a => Assert.NotEqual(a.ToString(), CandidacyText.ActionTitle(a)));
        Assert.All(Enum.GetValues<CandidateFileKind>(), k => Assert.NotEqual(k.ToString(), CandidacyText.Title(k)));
        Assert.All(Enum.GetValues<OfficerRole>(), r => Assert.NotEqual(r.ToString(), GeneralAssemblyText.Post(r)));
    }
}
