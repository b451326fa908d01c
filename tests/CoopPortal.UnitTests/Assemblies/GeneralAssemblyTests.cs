using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>The general assembly from its notice to the registry change: what each step checks and records.</summary>
public sealed class GeneralAssemblyTests
{
    private const string WaiverReason = "مجمع تنها صورت‌های مالی را تصویب می‌کند.";

    [Fact]
    public void Start_copies_the_cooperative_and_opens_a_draft_of_the_kind_asked()
    {
        var cooperative = NewCooperative();
        var assembly = GeneralAssembly.Start(cooperative, ManagerUserId, GeneralAssemblyKind.Extraordinary, Now);
        Assert.NotEqual(Guid.Empty, assembly.Id);
        Assert.Equal(cooperative.Id, assembly.CooperativeId);
        Assert.Equal("تعاونی مصرف کارکنان نمونه", assembly.CooperativeName);
        Assert.Equal(14, assembly.ProvinceId);
        Assert.Equal(140, assembly.CountyId);
        Assert.Equal(ManagerUserId, assembly.FiledByUserId);
        Assert.Equal(GeneralAssemblyStatus.Draft, assembly.Status);
        Assert.Equal(AssemblyNotice.Empty(GeneralAssemblyKind.Extraordinary), assembly.Notice);
        Assert.Empty(assembly.Agenda);
        Assert.Empty(assembly.Events);
        Assert.Null(assembly.PublishedOn);
        Assert.Equal(Now, assembly.CreatedAtUtc);
        Assert.True(assembly.IsNoticeEditable);
        Assert.False(assembly.IsMinutesEditable);
        Assert.Empty(assembly.TakeDomainEvents());
    }

    [Fact]
    public void Start_needs_a_manager() =>
        Assert.ThrowsAny<ArgumentException>(() => GeneralAssembly.Start(NewCooperative(), " ", GeneralAssemblyKind.Ordinary, Now));

    [Fact]
    public void The_notice_is_kept_normalized_and_an_empty_field_as_nothing()
    {
        var assembly = Draft();
        assembly.EditNotice(Notice() with { Place = "  سالن كنفرانس  ", OnlineLink = "   ", Invitation = " دعوت " }, Now.AddMinutes(1));
        Assert.Equal("سالن کنفرانس", assembly.Notice.Place);
        Assert.Null(assembly.Notice.OnlineLink);
        Assert.Equal("دعوت", assembly.Notice.Invitation);
        Assert.Equal(MeetingOn, assembly.Notice.MeetingOn);
        Assert.Equal(Now.AddMinutes(1), assembly.UpdatedAtUtc);
    }

    [Fact]
    public void The_agenda_is_replaced_whole_and_normalized()
    {
        var assembly = Draft();
        assembly.SetAgenda([new(AgendaItemKind.Other, "  بودجه سال آينده ")], Now);
        var item = Assert.Single(assembly.Agenda);
        Assert.Equal("بودجه سال آینده", item.Text);
        Assert.Empty(assembly.ElectedPosts);
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.Draft, true)]
    [InlineData(GeneralAssemblyStatus.Announced, false)]
    [InlineData(GeneralAssemblyStatus.Supervised, false)]
    [InlineData(GeneralAssemblyStatus.Unsupervised, false)]
    [InlineData(GeneralAssemblyStatus.MinutesSubmitted, false)]
    [InlineData(GeneralAssemblyStatus.Cancelled, false)]
    public void The_notice_and_agenda_change_only_in_draft(GeneralAssemblyStatus status, bool editable)
    {
        var assembly = At(status);
        var items = assembly.Agenda.ToList();
        Assert.Equal(editable, assembly.IsNoticeEditable);
        if (editable)
        {
            assembly.EditNotice(Notice() with { Place = "سالن دیگر" }, Now);
            assembly.SetAgenda(Statements, Now);
            Assert.Equal("سالن دیگر", assembly.Notice.Place);
            Assert.Single(assembly.Agenda);
            return;
        }

        var notice = Assert.Throws<DomainException>(() => assembly.EditNotice(Notice() with { Place = "سالن دیگر" }, Now));
        Assert.Equal(GeneralAssembly.NoticeNotEditable, notice.Message);
        var agenda = Assert.Throws<DomainException>(() => assembly.SetAgenda(Statements, Now));
        Assert.Contains("پس از انتشار تغییر نمی‌کند", agenda.Message, StringComparison.Ordinal);
        Assert.NotEqual("سالن دیگر", assembly.Notice.Place);
        Assert.Equal(items, assembly.Agenda);
    }

    [Fact]
    public void An_incomplete_notice_is_not_published()
    {
        var assembly = Draft();
        assembly.EditNotice(Notice() with { MeetingTime = null }, Now);
        var ex = Assert.Throws<DomainException>(() => assembly.Announce(PublishedOn, AssemblyRules.Default, Now));
        Assert.StartsWith("آگهی هنوز کامل نیست: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ساعت تشکیل مجمع", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.Draft, assembly.Status);
        Assert.Null(assembly.PublishedOn);
        Assert.Empty(assembly.Events);
        Assert.Empty(assembly.TakeDomainEvents());
    }

    [Fact]
    public void Publishing_checks_the_notice_period_from_the_day_it_is_published()
    {
        var assembly = Draft();
        var ex = Assert.Throws<DomainException>(() => assembly.Announce(MeetingOn.AddDays(-3), AssemblyRules.Default, Now));
        Assert.Contains("دست‌کم ۱۰ روز", ex.Message, StringComparison.Ordinal);
        assembly.Announce(MeetingOn.AddDays(-3), AssemblyRules.Default with { MinimumNoticeDays = 3 }, Now);
        Assert.Equal(GeneralAssemblyStatus.Announced, assembly.Status);
    }

    [Fact]
    public void Publishing_sets_the_day_and_moves_to_announced()
    {
        var assembly = Draft();
        assembly.Announce(PublishedOn, AssemblyRules.Default, Now.AddMinutes(1));
        Assert.Equal(GeneralAssemblyStatus.Announced, assembly.Status);
        Assert.Equal(PublishedOn, assembly.PublishedOn);
        var step = Assert.Single(assembly.Events);
        Assert.Equal(GeneralAssemblyAction.Announce, step.Action);
        Assert.Equal(ManagerUserId, step.ActorUserId);
    }

    [Fact]
    public void The_elected_posts_follow_the_agenda()
    {
        Assert.Equal([OfficerRole.BoardMember, OfficerRole.AlternateBoardMember, OfficerRole.Inspector, OfficerRole.AlternateInspector], Draft().ElectedPosts);
        Assert.Equal([OfficerRole.Inspector, OfficerRole.AlternateInspector], Draft(agenda: [new(AgendaItemKind.ElectInspectors)]).ElectedPosts);
        Assert.Equal([OfficerRole.BoardMember, OfficerRole.AlternateBoardMember], Draft(agenda: [new(AgendaItemKind.ElectBoard)]).ElectedPosts);
        Assert.Empty(Draft(agenda: Statements).ElectedPosts);
    }

    [Fact]
    public void Elections_require_supervision()
    {
        var reason = Assert.Single(Draft().SupervisionRequiredBecause(AssemblyRules.Default, highRisk: false));
        Assert.Contains("انتخابات هیئت مدیره یا بازرسان", reason, StringComparison.Ordinal);
        Assert.Single(Draft(agenda: [new(AgendaItemKind.ElectInspectors)]).SupervisionRequiredBecause(AssemblyRules.Default, highRisk: false));
        Assert.Empty(Draft().SupervisionRequiredBecause(AssemblyRules.Default with { SuperviseElections = false }, highRisk: false));
    }

    [Fact]
    public void Dissolution_requires_supervision()
    {
        var assembly = Draft(GeneralAssemblyKind.Extraordinary, [new(AgendaItemKind.Dissolve)]);
        var reason = Assert.Single(assembly.SupervisionRequiredBecause(AssemblyRules.Default, highRisk: false));
        Assert.Contains("انحلال تعاونی", reason, StringComparison.Ordinal);
        Assert.Empty(assembly.SupervisionRequiredBecause(AssemblyRules.Default with { SuperviseDissolution = false }, highRisk: false));
    }

    [Fact]
    public void A_high_risk_cooperative_requires_supervision()
    {
        var assembly = Draft(agenda: Statements);
        Assert.Empty(assembly.SupervisionRequiredBecause(AssemblyRules.Default, highRisk: false));
        var reason = Assert.Single(assembly.SupervisionRequiredBecause(AssemblyRules.Default, highRisk: true));
        Assert.Contains("ریسک آخرین خوداظهاری", reason, StringComparison.Ordinal);
        Assert.Empty(assembly.SupervisionRequiredBecause(AssemblyRules.Default with { SuperviseHighRisk = false }, highRisk: true));
    }

    [Fact]
    public void Every_reason_is_given_when_several_apply() =>
        Assert.Equal(2, Draft().SupervisionRequiredBecause(AssemblyRules.Default, highRisk: true).Count);

    [Fact]
    public void Supervision_is_not_waived_when_the_policy_requires_it()
    {
        var assembly = Announced();
        var required = assembly.SupervisionRequiredBecause(AssemblyRules.Default, highRisk: true);
        var ex = Assert.Throws<DomainException>(() => assembly.WaiveSupervision(HeadUserId, WaiverReason, required, Now));
        Assert.Contains("باید ناظر داشته باشد", ex.Message, StringComparison.Ordinal);
        Assert.Contains("انتخابات هیئت مدیره یا بازرسان در دستور جلسه است؛ ریسک", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.Announced, assembly.Status);
        Assert.Null(assembly.SupervisionWaiverReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Waiving_supervision_needs_a_reason(string reason)
    {
        var assembly = Announced(agenda: Statements);
        var ex = Assert.Throws<DomainException>(() => assembly.WaiveSupervision(HeadUserId, reason, [], Now));
        Assert.Contains("دلیل بی‌نیازی از نظارت", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.Announced, assembly.Status);
    }

    [Fact]
    public void Waiving_supervision_records_the_reason_and_moves_to_unsupervised()
    {
        var assembly = Announced(agenda: Statements);
        assembly.WaiveSupervision(HeadUserId, "  " + WaiverReason + " ", [], Now.AddMinutes(2));
        Assert.Equal(GeneralAssemblyStatus.Unsupervised, assembly.Status);
        Assert.Equal(WaiverReason, assembly.SupervisionWaiverReason);
        var step = assembly.Events[^1];
        Assert.Equal((GeneralAssemblyAction.WaiveSupervision, HeadUserId, WaiverReason), (step.Action, step.ActorUserId, step.Comment));
    }

    [Fact]
    public void Assigning_an_observer_moves_an_announced_assembly_to_supervised()
    {
        var assembly = Announced();
        assembly.AssignObserver(HeadUserId, ObserverUserId, " مهدی ناظري ", Now.AddMinutes(2));
        Assert.Equal(GeneralAssemblyStatus.Supervised, assembly.Status);
        Assert.Equal(ObserverUserId, assembly.ObserverUserId);
        Assert.Equal("مهدی ناظری", assembly.ObserverName);
        Assert.Equal("مهدی ناظری", assembly.Events[^1].Comment);
    }

    [Fact]
    public void The_same_observer_is_not_assigned_twice_but_another_may_replace_them()
    {
        var assembly = Supervised();
        var ex = Assert.Throws<DomainException>(() => assembly.AssignObserver(HeadUserId, ObserverUserId, "مهدی ناظری", Now.AddMinutes(3)));
        Assert.Contains("همین کارشناس ناظر این مجمع است", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, assembly.Events.Count);
        assembly.AssignObserver(HeadUserId, "observer-2", "نرگس بازبین", Now.AddMinutes(3));
        Assert.Equal(GeneralAssemblyStatus.Supervised, assembly.Status);
        Assert.Equal("observer-2", assembly.ObserverUserId);
        Assert.Equal("نرگس بازبین", assembly.ObserverName);
    }

    [Fact]
    public void The_head_may_assign_an_observer_after_waiving_and_the_waiver_is_cleared()
    {
        var assembly = Unsupervised();
        assembly.AssignObserver(HeadUserId, ObserverUserId, "مهدی ناظری", Now.AddMinutes(3));
        Assert.Equal(GeneralAssemblyStatus.Supervised, assembly.Status);
        Assert.Null(assembly.SupervisionWaiverReason);
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.Draft)]
    [InlineData(GeneralAssemblyStatus.AwaitingObserver)]
    [InlineData(GeneralAssemblyStatus.MinutesSubmitted)]
    [InlineData(GeneralAssemblyStatus.Confirmed)]
    public void No_observer_is_assigned_before_the_notice_or_after_the_minutes(GeneralAssemblyStatus status)
    {
        var assembly = At(status);
        var observer = assembly.ObserverUserId;
        Assert.Throws<DomainException>(() => assembly.AssignObserver(HeadUserId, "observer-9", "ناظر دیگر", Now.AddMinutes(9)));
        Assert.Equal(status, assembly.Status);
        Assert.Equal(observer, assembly.ObserverUserId);
    }

    [Fact]
    public void Candidates_register_for_the_elected_posts_until_the_day_before_the_meeting()
    {
        var assembly = Supervised();
        Assert.Null(assembly.CandidacyRefusal(OfficerRole.BoardMember, PublishedOn));
        Assert.Null(assembly.CandidacyRefusal(OfficerRole.AlternateInspector, MeetingOn.AddDays(-1)));
        Assert.Contains("تا روز پیش از تشکیل مجمع", assembly.CandidacyRefusal(OfficerRole.BoardMember, MeetingOn), StringComparison.Ordinal);
        Assert.Contains("تا روز پیش از تشکیل مجمع", assembly.CandidacyRefusal(OfficerRole.Inspector, MeetingOn.AddDays(3)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_the_agenda_does_not_elect_takes_no_candidate()
    {
        var assembly = Announced(agenda: [new(AgendaItemKind.ElectBoard)]);
        Assert.Null(assembly.CandidacyRefusal(OfficerRole.AlternateBoardMember, PublishedOn));
        Assert.Contains("«بازرس اصلی» انتخاب نمی‌شود", assembly.CandidacyRefusal(OfficerRole.Inspector, PublishedOn), StringComparison.Ordinal);
        Assert.Contains("«مدیرعامل» انتخاب نمی‌شود", assembly.CandidacyRefusal(OfficerRole.Ceo, PublishedOn), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.Draft, false)]
    [InlineData(GeneralAssemblyStatus.Announced, true)]
    [InlineData(GeneralAssemblyStatus.Supervised, true)]
    [InlineData(GeneralAssemblyStatus.AwaitingObserver, false)]
    [InlineData(GeneralAssemblyStatus.ReturnedForCorrection, false)]
    [InlineData(GeneralAssemblyStatus.Confirmed, false)]
    [InlineData(GeneralAssemblyStatus.Cancelled, false)]
    public void Only_a_published_assembly_before_its_minutes_takes_candidates(GeneralAssemblyStatus status, bool open)
    {
        var refusal = At(status).CandidacyRefusal(OfficerRole.BoardMember, PublishedOn);
        if (open)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Equal("این مجمع نامزد نمی‌پذیرد.", refusal);
        }
    }

    [Fact]
    public void An_unsupervised_assembly_with_an_elected_post_takes_candidates_too()
    {
        var assembly = Announced(agenda: [new(AgendaItemKind.ElectInspectors)]);
        assembly.WaiveSupervision(HeadUserId, WaiverReason, [], Now.AddMinutes(2));
        Assert.Null(assembly.CandidacyRefusal(OfficerRole.Inspector, PublishedOn));
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.Draft, false)]
    [InlineData(GeneralAssemblyStatus.Announced, false)]
    [InlineData(GeneralAssemblyStatus.Supervised, true)]
    [InlineData(GeneralAssemblyStatus.Unsupervised, true)]
    [InlineData(GeneralAssemblyStatus.AwaitingObserver, false)]
    [InlineData(GeneralAssemblyStatus.MinutesSubmitted, false)]
    [InlineData(GeneralAssemblyStatus.ObserverConfirmed, false)]
    [InlineData(GeneralAssemblyStatus.IrregularitiesReported, false)]
    [InlineData(GeneralAssemblyStatus.ReturnedForCorrection, true)]
    [InlineData(GeneralAssemblyStatus.Confirmed, false)]
    [InlineData(GeneralAssemblyStatus.Cancelled, false)]
    public void The_minutes_are_edited_only_once_supervision_is_decided_and_until_they_are_sent(GeneralAssemblyStatus status, bool editable)
    {
        var assembly = At(status);
        Assert.Equal(editable, assembly.IsMinutesEditable);
        var attendance = new Attendance(MeetingCall.Second, 20, 5, 0);
        List<Action> edits =
        [
            () => assembly.RecordAttendance(attendance, Now.AddMinutes(9)),
            () => assembly.RecordResolutions([new Resolution(0, false)], Now.AddMinutes(9)),
            () => assembly.RecordElected([], Now.AddMinutes(9)),
            () => assembly.AttachFile(MinutesFileKind.AttendanceList, "list.pdf", "application/pdf", 10, "bb", "key-list", Now.AddMinutes(9)),
        ];
        foreach (var edit in edits)
        {
            if (editable)
            {
                edit();
            }
            else
            {
                Assert.Equal(GeneralAssembly.MinutesNotEditable, Assert.Throws<DomainException>(edit).Message);
            }
        }

        Assert.Equal(editable, assembly.Attendance == attendance);
        Assert.Equal(editable, assembly.FilesOf(MinutesFileKind.AttendanceList).Any());
    }

    [Fact]
    public void A_file_of_the_minutes_is_removed_only_while_editable_and_only_if_it_is_there()
    {
        var assembly = Supervised();
        var file = assembly.AttachFile(MinutesFileKind.SignedMinutes, "m.pdf", "application/pdf", 10, "aa", "key-m", Now);
        Assert.Equal("SignedMinutes", file.Kind);
        var missing = Assert.Throws<DomainException>(() => assembly.RemoveFile(Guid.NewGuid(), Now));
        Assert.Contains("این فایل در این صورت‌جلسه نیست", missing.Message, StringComparison.Ordinal);
        Assert.Equal(file, assembly.RemoveFile(file.Id, Now));
        Assert.Empty(assembly.Files);

        var sent = At(GeneralAssemblyStatus.MinutesSubmitted);
        Assert.Equal(GeneralAssembly.MinutesNotEditable, Assert.Throws<DomainException>(() => sent.RemoveFile(sent.Files[0].Id, Now)).Message);
        Assert.Single(sent.Files);
    }

    [Fact]
    public void Resolutions_are_kept_one_per_agenda_item_in_order_and_outside_items_dropped()
    {
        var assembly = Supervised();
        assembly.RecordResolutions(
            [new(2, true, 8, 1), new(0, false, 3, 9, "  رد شد "), new(7, true), new(-1, true), new(2, false, 4, 5)],
            Now);
        Assert.Equal([(0, false), (2, false)], assembly.Resolutions.Select(r => (r.Item, r.Adopted)));
        Assert.Equal("رد شد", assembly.Resolutions[0].Text);
        Assert.False(assembly.Adopted(AgendaItemKind.ApproveFinancialStatements));
        Assert.False(assembly.Adopted(AgendaItemKind.ElectBoard));
        Assert.False(assembly.Adopted(AgendaItemKind.Dissolve));
        assembly.RecordResolutions([new(1, true)], Now);
        Assert.True(assembly.Adopted(AgendaItemKind.ElectBoard));
    }

    [Fact]
    public void Those_elected_are_kept_normalized()
    {
        var assembly = Supervised();
        assembly.RecordElected([new(OfficerRole.BoardMember, " علي رضايي ", PersianDigits.ToPersian(Code(0)), 10)], Now);
        var officer = Assert.Single(assembly.Elected);
        Assert.Equal("علی رضایی", officer.FullName);
        Assert.Equal(Code(0), officer.NationalCode);
    }

    [Fact]
    public void Supervised_minutes_go_to_the_observer_first()
    {
        var assembly = Supervised();
        RecordMinutes(assembly);
        assembly.SubmitMinutes(Context(), Now.AddMinutes(4));
        Assert.Equal(GeneralAssemblyStatus.AwaitingObserver, assembly.Status);
        Assert.Equal(Now.AddMinutes(4), assembly.MinutesSubmittedAtUtc);
        Assert.Equal(ManagerUserId, assembly.Events[^1].ActorUserId);
    }

    [Fact]
    public void Unsupervised_minutes_go_straight_to_the_reviewer()
    {
        var assembly = Unsupervised();
        RecordMinutes(assembly);
        assembly.SubmitMinutes(Context(), Now.AddMinutes(4));
        Assert.Equal(GeneralAssemblyStatus.MinutesSubmitted, assembly.Status);
    }

    [Fact]
    public void Corrected_minutes_go_back_to_the_reviewer_and_the_comment_is_cleared()
    {
        var assembly = At(GeneralAssemblyStatus.ReturnedForCorrection);
        Assert.NotNull(assembly.ReturnComment);
        assembly.RecordAttendance(Quorate with { Present = 10 }, Now.AddMinutes(7));
        assembly.SubmitMinutes(Context(), Now.AddMinutes(8));
        Assert.Equal(GeneralAssemblyStatus.MinutesSubmitted, assembly.Status);
        Assert.Null(assembly.ReturnComment);
        Assert.Equal(Now.AddMinutes(8), assembly.MinutesSubmittedAtUtc);
    }

    [Fact]
    public void Incomplete_minutes_are_not_sent()
    {
        var assembly = Supervised();
        RecordMinutes(assembly);
        assembly.RemoveFile(assembly.Files[0].Id, Now);
        var ex = Assert.Throws<DomainException>(() => assembly.SubmitMinutes(Context(), Now.AddMinutes(4)));
        Assert.StartsWith("صورت‌جلسه هنوز کامل نیست: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("صورت‌جلسه امضاشده", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.Supervised, assembly.Status);
        Assert.Null(assembly.MinutesSubmittedAtUtc);
    }

    [Fact]
    public void Only_the_assigned_observer_reports()
    {
        var assembly = At(GeneralAssemblyStatus.AwaitingObserver);
        var confirm = Assert.Throws<DomainException>(() => assembly.ObserverConfirm("observer-2", null, Now));
        Assert.Contains("ناظر تعیین‌شده برای همین مجمع", confirm.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => assembly.ReportIrregularities(ReviewerUserId, Findings, Now));
        Assert.Equal(GeneralAssemblyStatus.AwaitingObserver, assembly.Status);
        Assert.Null(assembly.ObserverFindings);
    }

    [Fact]
    public void Nobody_reports_on_an_assembly_that_has_no_observer()
    {
        // The status refuses first, before anything is looked at or changed.
        var assembly = At(GeneralAssemblyStatus.MinutesSubmitted);
        Assert.Null(assembly.ObserverUserId);
        Assert.Contains("در انتظار گزارش ناظر نیست", Assert.Throws<DomainException>(() => assembly.ObserverConfirm(ObserverUserId, null, Now)).Message, StringComparison.Ordinal);
        Assert.Null(assembly.ObserverFindings);
    }

    [Fact]
    public void The_observer_confirms_with_an_optional_note()
    {
        var assembly = At(GeneralAssemblyStatus.AwaitingObserver);
        assembly.ObserverConfirm(ObserverUserId, "   ", Now.AddMinutes(5));
        Assert.Equal(GeneralAssemblyStatus.ObserverConfirmed, assembly.Status);
        Assert.Null(assembly.ObserverFindings);

        var noted = At(GeneralAssemblyStatus.AwaitingObserver);
        noted.ObserverConfirm(ObserverUserId, " مجمع به‌درستی برگزار شد ", Now.AddMinutes(5));
        Assert.Equal("مجمع به‌درستی برگزار شد", noted.ObserverFindings);
        Assert.Equal(ObserverUserId, noted.Events[^1].ActorUserId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("رأی‌گیری مخفی نبود")]
    public void Irregularities_are_reported_in_at_least_a_sentence(string findings)
    {
        var assembly = At(GeneralAssemblyStatus.AwaitingObserver);
        var ex = Assert.Throws<DomainException>(() => assembly.ReportIrregularities(ObserverUserId, findings, Now));
        Assert.Contains("دست‌کم در یک جمله", ex.Message, StringComparison.Ordinal);
        Assert.Equal(GeneralAssemblyStatus.AwaitingObserver, assembly.Status);
    }

    [Fact]
    public void Reported_irregularities_are_kept_for_the_reviewer()
    {
        var assembly = At(GeneralAssemblyStatus.IrregularitiesReported);
        Assert.Equal(Findings, assembly.ObserverFindings);
        Assert.Equal(Findings, assembly.Events[^1].Comment);
    }

    [Theory]
    [InlineData(GeneralAssemblyStatus.MinutesSubmitted)]
    [InlineData(GeneralAssemblyStatus.ObserverConfirmed)]
    [InlineData(GeneralAssemblyStatus.IrregularitiesReported)]
    public void Sending_back_needs_a_comment_and_keeps_it(GeneralAssemblyStatus status)
    {
        var assembly = At(status);
        var ex = Assert.Throws<DomainException>(() => assembly.SendBack(ReviewerUserId, "  ", Now.AddMinutes(6)));
        Assert.Contains("اصلاحات لازم را بنویسید", ex.Message, StringComparison.Ordinal);
        Assert.Equal(status, assembly.Status);
        assembly.SendBack(ReviewerUserId, " امضای رئیس مجمع ندارد ", Now.AddMinutes(6));
        Assert.Equal(GeneralAssemblyStatus.ReturnedForCorrection, assembly.Status);
        Assert.Equal("امضای رئیس مجمع ندارد", assembly.ReturnComment);
        Assert.Equal("امضای رئیس مجمع ندارد", assembly.Events[^1].Comment);
    }

    [Fact]
    public void Confirming_elections_gives_the_new_board_and_inspectors_with_their_terms()
    {
        var assembly = At(GeneralAssemblyStatus.ObserverConfirmed);
        var change = assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(6));
        Assert.Equal(GeneralAssemblyStatus.Confirmed, assembly.Status);
        Assert.Equal(Now.AddMinutes(6), assembly.ConfirmedAtUtc);
        Assert.Equal(assembly.Id, change.AssemblyId);
        Assert.Equal(MeetingOn, change.EffectiveOn);
        Assert.NotNull(change.Board);
        Assert.Equal(Elected.Take(4).Select(o => (o.Role, o.NationalCode)), change.Board.Select(o => (o.Role, o.NationalCode)));
        Assert.All(change.Board, o => Assert.Equal((MeetingOn, J("1408/03/19")), (o.TermStartsOn!.Value, o.TermEndsOn!.Value)));
        Assert.All(change.Board, o => Assert.Equal(RegistryRules.Default.TermEndFor(o.Role, MeetingOn), o.TermEndsOn));
        var inspector = Assert.Single(change.Inspectors!);
        Assert.Equal((OfficerRole.Inspector, Code(4), "زهرا موسوی"), (inspector.Role, inspector.NationalCode, inspector.FullName));
        Assert.Equal((MeetingOn, J("1406/03/19")), (inspector.TermStartsOn!.Value, inspector.TermEndsOn!.Value));
        Assert.Null(change.Capital);
        Assert.Null(change.Address);
        Assert.Null(change.Name);
        Assert.False(change.IsEmpty);
    }

    [Fact]
    public void The_terms_follow_the_configured_registry_rules()
    {
        var change = At(GeneralAssemblyStatus.ObserverConfirmed).Confirm(ReviewerUserId, RegistryRules.Default with { BoardTermYears = 2, InspectorTermYears = 2 }, Now.AddMinutes(6));
        Assert.All(change.Board!, o => Assert.Equal(J("1407/03/19"), o.TermEndsOn));
        Assert.All(change.Inspectors!, o => Assert.Equal(J("1407/03/19"), o.TermEndsOn));
    }

    [Fact]
    public void An_election_not_adopted_changes_no_officer()
    {
        var assembly = Supervised();
        RecordMinutes(assembly, elected: [Elected[4]]);
        assembly.RecordResolutions([new(0, true), new(1, false), new(2, true)], Now);
        assembly.SubmitMinutes(Context(), Now.AddMinutes(4));
        assembly.ObserverConfirm(ObserverUserId, null, Now.AddMinutes(5));
        var change = assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(6));
        Assert.Null(change.Board);
        Assert.Equal([Code(4)], change.Inspectors!.Select(o => o.NationalCode));
    }

    [Fact]
    public void Confirming_adopted_changes_gives_the_capital_address_and_name()
    {
        var assembly = Unsupervised(GeneralAssemblyKind.Extraordinary, Changes);
        RecordMinutes(assembly, new Attendance(MeetingCall.First, 20, 12, 3));
        assembly.SubmitMinutes(Context(), Now.AddMinutes(4));
        var change = assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(5));
        Assert.Equal(2_500_000_000, change.Capital);
        Assert.Equal("زنجان، بلوار آزادی، پلاک ۱۲", change.Address);
        Assert.Equal("تعاونی مصرف کارکنان آفتاب", change.Name);
        Assert.Null(change.Board);
        Assert.Null(change.Inspectors);
    }

    [Fact]
    public void Changes_not_adopted_stay_out_of_the_registry_change()
    {
        var assembly = Unsupervised(GeneralAssemblyKind.Extraordinary, Changes);
        RecordMinutes(assembly, new Attendance(MeetingCall.First, 20, 12, 3));
        assembly.RecordResolutions([new(0, false), new(1, true), new(2, false)], Now);
        assembly.SubmitMinutes(Context(), Now.AddMinutes(4));
        var change = assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(5));
        Assert.Null(change.Capital);
        Assert.Equal("زنجان، بلوار آزادی، پلاک ۱۲", change.Address);
        Assert.Null(change.Name);
    }

    [Fact]
    public void Approving_the_statements_only_changes_nothing_in_the_registry()
    {
        var change = At(GeneralAssemblyStatus.MinutesSubmitted).Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(6));
        Assert.True(change.IsEmpty);
        Assert.Null(change.Board);
        Assert.Null(change.Inspectors);
    }

    [Fact]
    public void A_confirmed_assembly_is_not_confirmed_again()
    {
        var assembly = At(GeneralAssemblyStatus.Confirmed);
        var ex = Assert.Throws<DomainException>(() => assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(9)));
        Assert.Contains("پیش‌تر تأیید", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_keeps_the_reason_and_is_refused_once_the_minutes_are_sent()
    {
        var assembly = Supervised();
        assembly.Cancel(ManagerUserId, "  مکان برگزاری در دسترس نیست ", Now.AddMinutes(3));
        Assert.Equal(GeneralAssemblyStatus.Cancelled, assembly.Status);
        Assert.Equal("مکان برگزاری در دسترس نیست", assembly.Events[^1].Comment);

        var sent = At(GeneralAssemblyStatus.AwaitingObserver);
        Assert.Contains("لغو نمی‌شود", Assert.Throws<DomainException>(() => sent.Cancel(ManagerUserId, null, Now.AddMinutes(9))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_step_appends_one_history_line_and_raises_one_event()
    {
        var assembly = Draft();
        Assert.Empty(assembly.TakeDomainEvents());
        var minute = 0;
        void Step(Action act, GeneralAssemblyAction action, string actor, GeneralAssemblyStatus from, GeneralAssemblyStatus to)
        {
            var before = assembly.Events.Count;
            act();
            Assert.Equal(before + 1, assembly.Events.Count);
            var line = assembly.Events[^1];
            Assert.Equal((action, actor, from, to), (line.Action, line.ActorUserId, line.FromStatus, line.ToStatus));
            var raised = Assert.IsType<GeneralAssemblyStepTaken>(Assert.Single(assembly.TakeDomainEvents()));
            Assert.Same(assembly, raised.Assembly);
            Assert.Equal((action, from, to, actor, Now.AddMinutes(minute)), (raised.Action, raised.From, raised.To, raised.ActorUserId, raised.AtUtc));
            Assert.Equal(Now.AddMinutes(minute), assembly.UpdatedAtUtc);
        }

        Step(() => assembly.Announce(PublishedOn, AssemblyRules.Default, Now.AddMinutes(++minute)), GeneralAssemblyAction.Announce, ManagerUserId, GeneralAssemblyStatus.Draft, GeneralAssemblyStatus.Announced);
        Step(() => assembly.AssignObserver(HeadUserId, ObserverUserId, "مهدی ناظری", Now.AddMinutes(++minute)), GeneralAssemblyAction.AssignObserver, HeadUserId, GeneralAssemblyStatus.Announced, GeneralAssemblyStatus.Supervised);
        RecordMinutes(assembly);
        Assert.Empty(assembly.TakeDomainEvents()); // editing the minutes is not a step
        Step(() => assembly.SubmitMinutes(Context(), Now.AddMinutes(++minute)), GeneralAssemblyAction.SubmitMinutes, ManagerUserId, GeneralAssemblyStatus.Supervised, GeneralAssemblyStatus.AwaitingObserver);
        Step(() => assembly.ReportIrregularities(ObserverUserId, Findings, Now.AddMinutes(++minute)), GeneralAssemblyAction.ReportIrregularities, ObserverUserId, GeneralAssemblyStatus.AwaitingObserver, GeneralAssemblyStatus.IrregularitiesReported);
        Step(() => assembly.SendBack(ReviewerUserId, "فهرست حاضران را بارگذاری کنید.", Now.AddMinutes(++minute)), GeneralAssemblyAction.SendBack, ReviewerUserId, GeneralAssemblyStatus.IrregularitiesReported, GeneralAssemblyStatus.ReturnedForCorrection);
        Step(() => assembly.SubmitMinutes(Context(), Now.AddMinutes(++minute)), GeneralAssemblyAction.SubmitMinutes, ManagerUserId, GeneralAssemblyStatus.ReturnedForCorrection, GeneralAssemblyStatus.MinutesSubmitted);
        Step(() => assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(++minute)), GeneralAssemblyAction.Confirm, ReviewerUserId, GeneralAssemblyStatus.MinutesSubmitted, GeneralAssemblyStatus.Confirmed);

        Assert.Equal(
            [GeneralAssemblyAction.Announce, GeneralAssemblyAction.AssignObserver, GeneralAssemblyAction.SubmitMinutes, GeneralAssemblyAction.ReportIrregularities, GeneralAssemblyAction.SendBack, GeneralAssemblyAction.SubmitMinutes, GeneralAssemblyAction.Confirm],
            assembly.Events.Select(e => e.Action));
        Assert.All(assembly.Events, e => Assert.True(e.IsPublic));
    }

    [Fact]
    public void A_refused_step_leaves_no_history_and_raises_nothing()
    {
        var assembly = At(GeneralAssemblyStatus.MinutesSubmitted);
        assembly.TakeDomainEvents();
        var count = assembly.Events.Count;
        Assert.Throws<DomainException>(() => assembly.Cancel(ManagerUserId, null, Now.AddMinutes(9)));
        Assert.Throws<DomainException>(() => assembly.Announce(PublishedOn, AssemblyRules.Default, Now.AddMinutes(9)));
        Assert.Equal(count, assembly.Events.Count);
        Assert.Empty(assembly.TakeDomainEvents());
        Assert.Equal(GeneralAssemblyStatus.MinutesSubmitted, assembly.Status);
    }

    [Fact]
    public void The_parties_are_the_filer_the_managers_the_elected_and_who_took_each_step()
    {
        var assembly = At(GeneralAssemblyStatus.ObserverConfirmed);
        var parties = assembly.PartiesWith([Code(90), "", Code(0)]);
        Assert.Equal(ManagerUserId, parties.FiledByUserId);
        Assert.Equal(new[] { Code(90), Code(0), Code(1), Code(2), Code(3), Code(4) }.Order(StringComparer.Ordinal), parties.MemberNationalCodes.Order(StringComparer.Ordinal));
        Assert.Equal(
            [("Announce", ManagerUserId), ("AssignObserver", HeadUserId), ("SubmitMinutes", ManagerUserId), ("ObserverConfirm", ObserverUserId)],
            parties.Steps.Select(s => (s.Action, s.UserId)));
    }
}
