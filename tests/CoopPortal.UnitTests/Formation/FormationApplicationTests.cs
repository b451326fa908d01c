using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>The aggregate's guards: submission, editing, withdrawal, claiming, sending back and resubmission.</summary>
public sealed class FormationApplicationTests
{
    // ---- start and submit -------------------------------------------------------------------------------------

    [Fact]
    public void A_new_application_is_an_empty_draft()
    {
        var application = Draft();

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(ApplicantUserId, application.ApplicantUserId);
        Assert.Equal(ApplicantNationalCode, application.ApplicantNationalCode);
        Assert.Null(application.TrackingCode);
        Assert.Null(application.SubmittedAtUtc);
        Assert.Equal(0, application.SubmissionCount);
        Assert.Equal(0, application.CorrectionRound);
        Assert.Empty(application.Events);
        Assert.True(application.Details.IsEmpty);
        Assert.All(ApplicationSectionText.All, s => Assert.True(application.CanEdit(s)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_draft_needs_an_applicant(string userId)
    {
        Assert.ThrowsAny<ArgumentException>(() => FormationApplication.Start(userId, ApplicantNationalCode, Now));
    }

    [Fact]
    public void Submitting_an_incomplete_draft_throws_and_leaves_it_a_draft()
    {
        var application = Complete();
        application.SetDeclaration(false, Now);

        var error = Assert.Throws<DomainException>(() => application.Submit(Context(), TrackingCodeValue, Now.AddMinutes(1)));

        Assert.Contains(FormationValidator.DeclarationRequired, error.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Null(application.TrackingCode);
        Assert.Null(application.SubmittedAtUtc);
        Assert.Equal(0, application.SubmissionCount);
        Assert.Empty(application.Events);
    }

    [Fact]
    public void Submitting_an_empty_draft_throws()
    {
        var application = Draft();

        Assert.Throws<DomainException>(() => application.Submit(Context(), TrackingCodeValue, Now));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submitting_checks_the_rules_of_the_given_context()
    {
        var application = Complete();

        Assert.Throws<DomainException>(() => application.Submit(Context(orientationNeedsLicence: true), TrackingCodeValue, Now));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submitting_a_complete_draft_records_everything()
    {
        var application = Complete();
        var at = Now.AddMinutes(1);

        application.Submit(Context(), TrackingCodeValue, at);

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(TrackingCodeValue, application.TrackingCode);
        Assert.Equal(at, application.SubmittedAtUtc);
        Assert.Equal(1, application.SubmissionCount);
        var e = Assert.Single(application.Events);
        Assert.True(e.IsPublic);
        Assert.Equal(WorkflowAction.Submit, e.Action);
        Assert.Equal(ApplicationStatus.Draft, e.FromStatus);
        Assert.Equal(ApplicationStatus.Submitted, e.ToStatus);
        Assert.Equal(ApplicantUserId, e.ActorUserId);
        Assert.Equal(at, e.AtUtc);
        Assert.Equal(at, application.UpdatedAtUtc);
    }

    [Fact]
    public void Submitting_twice_is_refused()
    {
        var application = Submitted();

        Assert.Throws<DomainException>(() => application.Submit(Context(), "ABCD-EFGH", Now.AddMinutes(5)));
        Assert.Equal(TrackingCodeValue, application.TrackingCode);
        Assert.Equal(1, application.SubmissionCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Submitting_needs_a_tracking_code(string code)
    {
        var application = Complete();

        Assert.ThrowsAny<ArgumentException>(() => application.Submit(Context(), code, Now));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    // ---- editing after submission -----------------------------------------------------------------------------

    public static TheoryData<string> Edits => new()
    {
        "UpdateDetails", "SetProposedNames", "AddMember", "UpdateMember", "RemoveMember", "SetFounders", "SetDeclaration", "AttachDocument", "RemoveDocument",
    };

    private static void Edit(FormationApplication application, string edit)
    {
        var member = application.Members[0];
        switch (edit)
        {
            case "UpdateDetails": application.UpdateDetails(ValidDetails(), Now); break;
            case "SetProposedNames": application.SetProposedNames(["نام تازه"], Now); break;
            case "AddMember": application.AddMember(ValidMember(9), Now); break;
            case "UpdateMember": application.UpdateMember(member.Id, member.ToDetails(), Now); break;
            case "RemoveMember": application.RemoveMember(member.Id, Now); break;
            case "SetFounders": application.SetFounders(application.Members.Take(3).Select(m => m.Id).ToList(), Now); break;
            case "SetDeclaration": application.SetDeclaration(true, Now); break;
            case "AttachDocument": Attach(application, DocumentKind.Other); break;
            case "RemoveDocument": application.RemoveDocument(application.Documents[0].Id, Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Every_edit_works_on_a_draft(string edit)
    {
        var application = Complete();

        Edit(application, edit);

        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Editing_after_submission_is_refused(string edit)
    {
        var application = Submitted();
        var members = application.Members.Count;
        var documents = application.Documents.Count;

        var error = Assert.Throws<DomainException>(() => Edit(application, edit));

        Assert.Equal(FormationApplication.NotEditable, error.Message);
        Assert.Equal(members, application.Members.Count);
        Assert.Equal(documents, application.Documents.Count);
        Assert.True(application.DeclarationAccepted);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Editing_under_review_is_refused(string edit)
    {
        var application = UnderReview();

        var error = Assert.Throws<DomainException>(() => Edit(application, edit));
        Assert.Equal(FormationApplication.NotEditable, error.Message);
    }

    [Fact]
    public void Nothing_is_editable_after_submission()
    {
        var application = Submitted();

        Assert.All(ApplicationSectionText.All, s => Assert.False(application.CanEdit(s)));
    }

    // ---- escalation -------------------------------------------------------------------------------------------

    [Fact]
    public void Escalating_marks_once_and_raises_one_event_with_the_days_waited()
    {
        var application = Submitted();
        application.TakeDomainEvents();
        var at = application.SubmittedAtUtc!.Value.AddDays(10).AddHours(3);

        Assert.True(application.MarkEscalated(at));
        Assert.False(application.MarkEscalated(at.AddDays(1)));

        var escalated = Assert.IsType<ApplicationEscalated>(Assert.Single(application.TakeDomainEvents()));
        Assert.Equal(at, escalated.AtUtc);
        Assert.Equal(10, escalated.DaysWaiting);
        Assert.Equal(at, application.EscalatedAtUtc);
    }

    // ---- withdraw ---------------------------------------------------------------------------------------------

    private static FormationApplication InStatus(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => Complete(),
        ApplicationStatus.Submitted => Submitted(),
        ApplicationStatus.UnderReview => UnderReview(),
        ApplicationStatus.ReturnedForCorrection => Returned(ApplicationSection.Names),
        ApplicationStatus.Resubmitted => Resubmitted(),
        ApplicationStatus.Withdrawn => Withdrawn(),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not reachable through the aggregate"),
    };

    private static FormationApplication Withdrawn()
    {
        var application = Submitted();
        application.Withdraw("منصرف شدیم", Now.AddMinutes(9));
        return application;
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.ReturnedForCorrection)]
    [InlineData(ApplicationStatus.Resubmitted)]
    public void Withdrawing_before_a_decision_is_allowed(ApplicationStatus status)
    {
        var application = InStatus(status);
        Assert.Equal(status, application.Status);
        var at = Now.AddHours(1);

        application.Withdraw("  اعضا منصرف شدند  ", at);

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Null(application.ClaimedByUserId);
        var e = application.Events[^1];
        Assert.Equal(WorkflowAction.Withdraw, e.Action);
        Assert.Equal(status, e.FromStatus);
        Assert.Equal(ApplicationStatus.Withdrawn, e.ToStatus);
        Assert.Equal(ApplicantUserId, e.ActorUserId);
        Assert.Equal("اعضا منصرف شدند", e.Comment);
        Assert.Equal(at, e.AtUtc);
    }

    [Fact]
    public void Withdrawing_without_a_reason_keeps_no_comment()
    {
        var application = Submitted();

        application.Withdraw("   ", Now.AddHours(1));

        Assert.Null(application.Events[^1].Comment);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Withdrawing_is_refused_when_there_is_nothing_to_withdraw(ApplicationStatus status)
    {
        var application = InStatus(status);
        var events = application.Events.Count;

        var error = Assert.Throws<DomainException>(() => application.Withdraw("دلیل", Now.AddHours(1)));

        Assert.True(HasPersianLetter(error.Message));
        Assert.Equal(status, application.Status);
        Assert.Equal(events, application.Events.Count);
    }

    // ---- claim ------------------------------------------------------------------------------------------------

    [Fact]
    public void Claiming_puts_it_under_review_by_that_reviewer()
    {
        var application = Submitted();
        var at = Now.AddMinutes(2);

        application.Claim(ReviewerUserId, at);

        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal(ReviewerUserId, application.ClaimedByUserId);
        var e = application.Events[^1];
        Assert.Equal(WorkflowAction.Claim, e.Action);
        Assert.Equal(ApplicationStatus.Submitted, e.FromStatus);
        Assert.Equal(ApplicationStatus.UnderReview, e.ToStatus);
        Assert.Equal(ReviewerUserId, e.ActorUserId);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.ReturnedForCorrection)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Claiming_is_refused_unless_it_waits_for_review(ApplicationStatus status)
    {
        var application = InStatus(status);
        var claimedBy = application.ClaimedByUserId;

        Assert.Throws<DomainException>(() => application.Claim(OtherReviewerUserId, Now.AddHours(1)));

        Assert.Equal(status, application.Status);
        Assert.Equal(claimedBy, application.ClaimedByUserId);
    }

    [Fact]
    public void A_resubmitted_application_can_be_claimed_again()
    {
        var application = Resubmitted();

        application.Claim(OtherReviewerUserId, Now.AddHours(1));

        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal(OtherReviewerUserId, application.ClaimedByUserId);
    }

    // ---- send back --------------------------------------------------------------------------------------------

    [Fact]
    public void Only_the_claiming_reviewer_may_send_it_back()
    {
        var application = UnderReview();

        Assert.Throws<DomainException>(() => application.SendBack(OtherReviewerUserId, Comments(ApplicationSection.Names), Now.AddMinutes(3)));

        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal(ReviewerUserId, application.ClaimedByUserId);
        Assert.Empty(application.Corrections);
        Assert.Equal(0, application.CorrectionRound);
        Assert.True(application.DeclarationAccepted);
    }

    [Fact]
    public void Sending_back_without_a_comment_is_refused()
    {
        var application = UnderReview();

        Assert.Throws<DomainException>(() => application.SendBack(ReviewerUserId, [], Now.AddMinutes(3)));
        Assert.Throws<DomainException>(() => application.SendBack(ReviewerUserId, [(ApplicationSection.Names, null, "  ")], Now.AddMinutes(3)));
        Assert.Throws<DomainException>(() => application.SendBack(
            ReviewerUserId, [(ApplicationSection.Names, null, "نام اول تکراری است"), (ApplicationSection.Members, null, "")], Now.AddMinutes(3)));

        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Empty(application.Corrections);
    }

    [Fact]
    public void Sending_back_a_submitted_but_unclaimed_application_is_refused()
    {
        var application = Submitted();

        Assert.Throws<DomainException>(() => application.SendBack(ReviewerUserId, Comments(ApplicationSection.Names), Now.AddMinutes(3)));
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Sending_back_opens_a_correction_round()
    {
        var application = UnderReview();
        var at = Now.AddMinutes(3);

        application.SendBack(
            ReviewerUserId,
            [(ApplicationSection.Names, "Names[0]", "نام اول با تعاوني دیگری یکی است"), (ApplicationSection.Documents, null, "طرح پیشنهادی ناخواناست")],
            at);

        Assert.Equal(ApplicationStatus.ReturnedForCorrection, application.Status);
        Assert.Equal(1, application.CorrectionRound);
        Assert.False(application.DeclarationAccepted);
        Assert.Null(application.ClaimedByUserId);
        Assert.Equal(new HashSet<ApplicationSection> { ApplicationSection.Names, ApplicationSection.Documents }, application.SectionsToCorrect);
        Assert.Equal(2, application.Corrections.Count);
        var names = application.Corrections.Single(c => c.Section == ApplicationSection.Names);
        Assert.Equal(1, names.Round);
        Assert.Equal("Names[0]", names.Field);
        Assert.Equal("نام اول با تعاونی دیگری یکی است", names.Comment); // Arabic ي normalized
        Assert.Equal(ReviewerUserId, names.ReviewerUserId);
        Assert.Equal(at, names.AtUtc);
        var e = application.Events[^1];
        Assert.Equal(WorkflowAction.SendBack, e.Action);
        Assert.Equal(ApplicationStatus.UnderReview, e.FromStatus);
        Assert.Equal(ApplicationStatus.ReturnedForCorrection, e.ToStatus);
        Assert.Equal(ReviewerUserId, e.ActorUserId);
    }

    // ---- editing during correction ----------------------------------------------------------------------------

    [Fact]
    public void Only_the_sections_sent_back_are_editable()
    {
        var application = Returned(ApplicationSection.Names);

        application.SetProposedNames(["مهر پایدار", "آفتاب زنجان"], Now.AddMinutes(4));
        Assert.Equal("مهر پایدار", application.ProposedNames[0].Name);

        var error = Assert.Throws<DomainException>(() => application.UpdateDetails(ValidDetails() with { Address = "نشانی تازه" }, Now.AddMinutes(4)));
        Assert.Equal(FormationApplication.SectionNotReturned, error.Message);
        Assert.NotEqual("نشانی تازه", application.Details.Address);

        Assert.Throws<DomainException>(() => application.AddMember(ValidMember(9), Now));
        Assert.Throws<DomainException>(() => application.SetFounders(application.Members.Take(3).Select(m => m.Id).ToList(), Now));
        Assert.Throws<DomainException>(() => Attach(application, DocumentKind.Other));
        Assert.Equal(7, application.Members.Count);
    }

    public static TheoryData<ApplicationSection, ApplicationSection, bool> EditableDuringCorrection()
    {
        var data = new TheoryData<ApplicationSection, ApplicationSection, bool>();
        foreach (var sent in ApplicationSectionText.All)
        {
            foreach (var section in ApplicationSectionText.All)
            {
                // A section sent back unlocks itself, the declaration, and what depends on it: members and capital
                // together; both of them the founders board and the documents; the cooperative details the documents.
                var membersOrCapital = sent is ApplicationSection.Members or ApplicationSection.Capital;
                var editable = section == sent
                    || section == ApplicationSection.Declaration
                    || (section is ApplicationSection.Members or ApplicationSection.Capital && membersOrCapital)
                    || (section == ApplicationSection.FoundersBoard && membersOrCapital)
                    || (section == ApplicationSection.Documents && (membersOrCapital || sent == ApplicationSection.Cooperative));
                data.Add(sent, section, editable);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EditableDuringCorrection))]
    public void Can_edit_during_correction(ApplicationSection sent, ApplicationSection section, bool editable)
    {
        var application = Returned(sent);

        Assert.Equal(editable, application.CanEdit(section));
    }

    [Theory]
    [InlineData(ApplicationSection.Members)]
    [InlineData(ApplicationSection.Capital)]
    public void Members_and_capital_unlock_each_other(ApplicationSection sent)
    {
        var application = Returned(sent);
        var member = application.Members[6];

        application.UpdateMember(member.Id, member.ToDetails() with { AmountPaid = 5_000_000 }, Now.AddMinutes(4));

        Assert.Equal(5_000_000, application.Members[6].AmountPaid);
        Assert.True(application.CanEdit(ApplicationSection.Members));
        Assert.True(application.CanEdit(ApplicationSection.Capital));
        Assert.True(application.CanEdit(ApplicationSection.FoundersBoard));
        Assert.False(application.CanEdit(ApplicationSection.Names));
    }

    [Fact]
    public void The_declaration_is_always_editable_during_correction()
    {
        var application = Returned(ApplicationSection.Documents);

        application.SetDeclaration(true, Now.AddMinutes(4));

        Assert.True(application.DeclarationAccepted);
    }

    [Fact]
    public void Section_statuses_show_the_sections_to_correct()
    {
        var application = Returned(ApplicationSection.Names, ApplicationSection.Members);

        var statuses = application.SectionStatuses(Problems(application));

        Assert.Equal(SectionStatus.NeedsCorrection, statuses[ApplicationSection.Names]);
        Assert.Equal(SectionStatus.NeedsCorrection, statuses[ApplicationSection.Members]);
        Assert.Equal(SectionStatus.Completed, statuses[ApplicationSection.Cooperative]);
        Assert.Equal(SectionStatus.Completed, statuses[ApplicationSection.FoundersBoard]);
        Assert.Equal(SectionStatus.Completed, statuses[ApplicationSection.Capital]);
        Assert.Equal(SectionStatus.Completed, statuses[ApplicationSection.Documents]);
        Assert.Equal(SectionStatus.NotStarted, statuses[ApplicationSection.Declaration]); // reset by the send-back
    }

    // ---- resubmit ---------------------------------------------------------------------------------------------

    [Fact]
    public void Resubmitting_requires_a_complete_application()
    {
        var application = Returned(ApplicationSection.Names);

        // The declaration was reset by the send-back and has not been given again.
        Assert.Throws<DomainException>(() => application.Resubmit(Context(), Now.AddMinutes(5)));
        Assert.Equal(ApplicationStatus.ReturnedForCorrection, application.Status);
        Assert.Equal(1, application.SubmissionCount);

        application.SetDeclaration(true, Now.AddMinutes(5));
        application.SetProposedNames(["", "آفتاب زنجان"], Now.AddMinutes(5));
        Assert.Throws<DomainException>(() => application.Resubmit(Context(), Now.AddMinutes(6)));
        Assert.Equal(ApplicationStatus.ReturnedForCorrection, application.Status);
    }

    [Fact]
    public void Resubmitting_a_corrected_application()
    {
        var application = Returned(ApplicationSection.Names);
        application.SetProposedNames(["مهر پایدار", "آفتاب زنجان"], Now.AddMinutes(4));
        application.SetDeclaration(true, Now.AddMinutes(4));
        var at = Now.AddMinutes(5);

        application.Resubmit(Context(), at);

        Assert.Equal(ApplicationStatus.Resubmitted, application.Status);
        Assert.Equal(2, application.SubmissionCount);
        Assert.Equal(at, application.SubmittedAtUtc);
        Assert.Equal(TrackingCodeValue, application.TrackingCode);
        Assert.Empty(application.SectionsToCorrect);
        Assert.All(ApplicationSectionText.All, s => Assert.False(application.CanEdit(s)));
        var e = application.Events[^1];
        Assert.Equal(WorkflowAction.Resubmit, e.Action);
        Assert.Equal(ApplicationStatus.ReturnedForCorrection, e.FromStatus);
        Assert.Equal(ApplicationStatus.Resubmitted, e.ToStatus);
        Assert.Equal(ApplicantUserId, e.ActorUserId);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.UnderReview)]
    public void Resubmitting_is_refused_unless_sent_back(ApplicationStatus status)
    {
        var application = InStatus(status);
        var count = application.SubmissionCount;

        Assert.Throws<DomainException>(() => application.Resubmit(Context(), Now.AddHours(1)));

        Assert.Equal(status, application.Status);
        Assert.Equal(count, application.SubmissionCount);
    }

    [Fact]
    public void A_second_round_keeps_the_first_as_history()
    {
        var application = Resubmitted(); // round 1 sent back Names
        application.Claim(ReviewerUserId, Now.AddMinutes(6));

        application.SendBack(ReviewerUserId, Comments(ApplicationSection.Members, ApplicationSection.Documents), Now.AddMinutes(7));

        Assert.Equal(ApplicationStatus.ReturnedForCorrection, application.Status);
        Assert.Equal(2, application.CorrectionRound);
        Assert.Equal(3, application.Corrections.Count);
        Assert.Equal(ApplicationSection.Names, Assert.Single(application.Corrections, c => c.Round == 1).Section);
        Assert.Equal(2, application.Corrections.Count(c => c.Round == 2));
        Assert.Equal(new HashSet<ApplicationSection> { ApplicationSection.Members, ApplicationSection.Documents }, application.SectionsToCorrect);
        Assert.False(application.CanEdit(ApplicationSection.Names));
        Assert.True(application.CanEdit(ApplicationSection.Members));

        var statuses = application.SectionStatuses(Problems(application));
        Assert.NotEqual(SectionStatus.NeedsCorrection, statuses[ApplicationSection.Names]);
        Assert.Equal(SectionStatus.NeedsCorrection, statuses[ApplicationSection.Documents]);

        application.SetDeclaration(true, Now.AddMinutes(8));
        application.Resubmit(Context(), Now.AddMinutes(9));
        Assert.Equal(3, application.SubmissionCount);
    }

    [Fact]
    public void The_history_tells_the_whole_story_in_order()
    {
        var application = Resubmitted();

        Assert.Equal(
            new[] { WorkflowAction.Submit, WorkflowAction.Claim, WorkflowAction.SendBack, WorkflowAction.Resubmit },
            application.Events.Select(e => e.Action));
        Assert.All(application.Events.Zip(application.Events.Skip(1)), pair => Assert.Equal(pair.First.ToStatus, pair.Second.FromStatus));
    }

    // ---- section statuses -------------------------------------------------------------------------------------

    [Fact]
    public void A_fresh_draft_has_not_started_any_section()
    {
        var application = Draft();

        var statuses = application.SectionStatuses(Problems(application));

        Assert.Equal(ApplicationSectionText.All.Count, statuses.Count);
        Assert.All(ApplicationSectionText.All, s => Assert.Equal(SectionStatus.NotStarted, statuses[s]));
    }

    [Fact]
    public void A_partial_members_list_is_in_progress()
    {
        var application = Draft();
        application.AddMember(ValidMember(0), Now);
        application.AddMember(ValidMember(1), Now);
        application.AddMember(ValidMember(2), Now);

        var statuses = application.SectionStatuses(Problems(application));

        Assert.Equal(SectionStatus.InProgress, statuses[ApplicationSection.Members]);
        Assert.Equal(SectionStatus.NotStarted, statuses[ApplicationSection.Cooperative]);
        Assert.Equal(SectionStatus.NotStarted, statuses[ApplicationSection.Names]);
        Assert.Equal(SectionStatus.NotStarted, statuses[ApplicationSection.FoundersBoard]);
    }

    [Fact]
    public void A_complete_application_has_every_section_completed()
    {
        var application = Complete();

        var statuses = application.SectionStatuses(Problems(application));

        Assert.All(ApplicationSectionText.All, s => Assert.Equal(SectionStatus.Completed, statuses[s]));
    }

    [Fact]
    public void A_section_with_a_problem_is_in_progress_once_started()
    {
        var application = Complete();
        application.UpdateDetails(ValidDetails() with { PostalCode = "123456789" }, Now);

        var statuses = application.SectionStatuses(Problems(application));

        Assert.Equal(SectionStatus.InProgress, statuses[ApplicationSection.Cooperative]);
        Assert.Equal(SectionStatus.Completed, statuses[ApplicationSection.Names]);
    }

    [Fact]
    public void One_sections_status_and_the_details_and_names_own_problems_agree_with_the_whole_check()
    {
        var broken = Complete();
        broken.UpdateDetails(ValidDetails() with { PostalCode = "123456789", Phone = "123" }, Now);
        broken.SetProposedNames(["تعاونی مهر", "", "مهر", "ب"], Now);
        var partial = Draft();
        partial.AddMember(ValidMember(0), Now);
        partial.UpdateDetails(ValidDetails() with { CountyId = null }, Now);
        foreach (var (application, countyInProvince) in new[] { (Draft(), true), (Complete(), true), (Complete(), false), (broken, true), (partial, true), (Returned(ApplicationSection.Cooperative), true) })
        {
            var context = Context(countyInProvince: countyInProvince);
            var problems = Problems(application, context);
            var statuses = application.SectionStatuses(problems);
            Assert.All(ApplicationSectionText.All, s => Assert.Equal(statuses[s], application.StatusOfSection(s, problems.Where(p => p.Section == s))));
            Assert.Equal(problems.Where(p => p.Section == ApplicationSection.Cooperative), FormationValidator.ValidateCooperative(application.Details, countyInProvince));
            Assert.Equal(problems.Where(p => p.Section == ApplicationSection.Names), FormationValidator.ValidateNames(application.ProposedNames));
        }

        Assert.Equal(SectionStatus.NeedsCorrection, Returned(ApplicationSection.Cooperative).StatusOfSection(ApplicationSection.Cooperative, []));
    }

    [Fact]
    public void The_members_documents_and_declarations_own_problems_agree_with_the_whole_check()
    {
        var overCap = Draft();
        overCap.AddMember(ValidMember(0), Now);
        overCap.AddMember(ValidMember(1) with { ShareSubscribed = 90_000_000, InKindValue = 1_000_000, InKindDescription = "زمین" }, Now);
        overCap.SetFounders([overCap.Members[0].Id], Now);
        overCap.SetDeclaration(true, Now);
        var withoutFounder = Complete();
        withoutFounder.RemoveMember(withoutFounder.Members.First(m => m.IsFounder).Id, Now);
        foreach (var (application, licence) in new[] { (Draft(), false), (Complete(), false), (Complete(), true), (overCap, false), (withoutFounder, true), (Returned(ApplicationSection.Members), false) })
        {
            var context = Context(orientationNeedsLicence: licence);
            var problems = Problems(application, context);
            ApplicationSection[] membership = [ApplicationSection.Members, ApplicationSection.FoundersBoard, ApplicationSection.Capital];
            Assert.Equal(problems.Where(p => membership.Contains(p.Section)), FormationValidator.ValidateMembership(application, context.Rules, context.Today));
            Assert.Equal(problems.Where(p => p.Section == ApplicationSection.Documents), FormationValidator.ValidateDocuments(application, context));
            Assert.Equal(problems.Where(p => p.Section == ApplicationSection.Declaration), FormationValidator.ValidateDeclaration(application.DeclarationAccepted));
        }
    }

    // ---- names and founders -----------------------------------------------------------------------------------

    [Fact]
    public void Proposed_names_drop_trailing_blanks_keep_ranks_and_normalize()
    {
        var application = Draft();

        application.SetProposedNames(["  شر\u0643ت تعاون\u064A مهر ", "آفتاب   زنجان", "", "   ", null], Now);

        var names = application.ProposedNames;
        Assert.Equal(2, names.Count);
        Assert.Equal(new[] { 1, 2 }, names.Select(n => n.Rank));
        Assert.Equal("شرکت تعاونی مهر", names[0].Name);
        Assert.Equal("آفتاب زنجان", names[1].Name);
        Assert.DoesNotContain('\u064A', names[0].Name);
        Assert.DoesNotContain('\u0643', names[0].Name);
        Assert.Equal(CooperativeName.Key("مهر"), names[0].NameKey);
    }

    [Fact]
    public void Blanks_between_names_are_kept_in_their_rank()
    {
        var application = Draft();

        application.SetProposedNames(["مهر", null, "آفتاب", ""], Now);

        Assert.Equal(new[] { 1, 2, 3 }, application.ProposedNames.Select(n => n.Rank));
        Assert.Equal(new[] { "مهر", "", "آفتاب" }, application.ProposedNames.Select(n => n.Name));
    }

    [Fact]
    public void Setting_names_again_replaces_the_list()
    {
        var application = Draft();
        application.SetProposedNames(["مهر", "ماه", "آفتاب"], Now);

        application.SetProposedNames(["ستاره"], Now);

        Assert.Equal("ستاره", Assert.Single(application.ProposedNames).Name);
    }

    [Fact]
    public void Founders_must_be_members_of_this_application()
    {
        var application = Complete();
        var founders = application.Members.Where(m => m.IsFounder).Select(m => m.Id).ToList();

        var error = Assert.Throws<DomainException>(() =>
            application.SetFounders([application.Members[0].Id, application.Members[1].Id, Guid.NewGuid()], Now));

        Assert.True(HasPersianLetter(error.Message));
        Assert.Equal(founders, application.Members.Where(m => m.IsFounder).Select(m => m.Id).ToList());
    }

    [Fact]
    public void Setting_founders_replaces_the_previous_choice()
    {
        var application = Complete();
        var chosen = application.Members.Skip(2).Take(3).Select(m => m.Id).ToList();

        application.SetFounders(chosen, Now);

        Assert.Equal(chosen, application.Members.Where(m => m.IsFounder).Select(m => m.Id).ToList());
    }

    [Fact]
    public void Unknown_members_and_documents_are_refused()
    {
        var application = Complete();

        Assert.Throws<DomainException>(() => application.UpdateMember(Guid.NewGuid(), ValidMember(8), Now));
        Assert.Throws<DomainException>(() => application.RemoveMember(Guid.NewGuid(), Now));
        Assert.Throws<DomainException>(() => application.RemoveDocument(Guid.NewGuid(), Now));
        Assert.Equal(7, application.Members.Count);
    }

    [Fact]
    public void Member_positions_stay_stable_when_one_is_removed()
    {
        var application = Draft();
        var first = application.AddMember(ValidMember(0), Now);
        var second = application.AddMember(ValidMember(1), Now);
        application.AddMember(ValidMember(2), Now);

        application.RemoveMember(second.Id, Now);
        var fourth = application.AddMember(ValidMember(3), Now);

        Assert.Equal(1, first.Position);
        Assert.Equal(4, fourth.Position);
        Assert.Equal(new[] { 1, 3, 4 }, application.Members.Select(m => m.Position));
    }
}
