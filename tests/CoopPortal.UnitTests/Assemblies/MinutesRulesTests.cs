using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>What the minutes must show before they are sent: the meeting held, attendance and quorum, resolutions, those elected, the scan.</summary>
public sealed class MinutesRulesTests
{
    /// <summary>A supervised ordinary assembly electing the board and inspectors, with complete minutes.</summary>
    private static GeneralAssembly Complete(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IEnumerable<AgendaItem>? agenda = null)
    {
        var assembly = Supervised(kind, agenda);
        RecordMinutes(assembly, kind == GeneralAssemblyKind.Extraordinary ? new Attendance(MeetingCall.First, 20, 12, 3) : null);
        return assembly;
    }

    private static IReadOnlyList<FieldProblem> Problems(GeneralAssembly assembly, MinutesContext? context = null) =>
        MinutesRules.Validate(assembly, context ?? Context());

    private static FieldProblem Single(IReadOnlyList<FieldProblem> problems, string field)
    {
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        return problem;
    }

    private static GeneralAssembly WithElected(params ElectedOfficer[] elected)
    {
        var assembly = Complete();
        assembly.RecordElected(elected, Now);
        return assembly;
    }

    [Fact]
    public void Complete_minutes_have_no_problem()
    {
        Assert.Empty(Problems(Complete()));
        Assert.Empty(Problems(Complete(GeneralAssemblyKind.Extraordinary, Changes)));
    }

    [Fact]
    public void The_minutes_are_sent_after_the_meeting_not_before()
    {
        var problem = Single(Problems(Complete(), Context(today: MeetingOn.AddDays(-1))), "Minutes");
        Assert.Contains("پس از تشکیل مجمع (۱۴۰۵/۰۳/۲۰)", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Problems(Complete(), Context(today: MeetingOn)));
    }

    [Fact]
    public void Empty_minutes_name_every_missing_part()
    {
        var assembly = Supervised();
        var fields = Problems(assembly).Select(p => p.Field).ToList();
        Assert.Equal(["Attendance.Members", "Resolutions[0]", "Resolutions[1]", "Resolutions[2]", "Files.SignedMinutes"], fields);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void The_number_of_members_is_required(int? members)
    {
        var assembly = Complete();
        assembly.RecordAttendance(new Attendance(MeetingCall.First, members, 9, 3), Now);
        var problem = Single(Problems(assembly), "Attendance.Members");
        Assert.Contains("تعداد اعضای تعاونی در روز مجمع", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(9, null)]
    [InlineData(-1, 3)]
    public void Those_present_and_represented_are_required_zero_when_none(int? present, int? represented)
    {
        var assembly = Complete();
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, present, represented), Now);
        var problem = Assert.Single(Problems(assembly), p => p.Field.StartsWith("Attendance", StringComparison.Ordinal));
        Assert.Equal("Attendance.Present", problem.Field);
        Assert.Contains("صفر اگر نبود", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_present_and_represented_than_members_is_refused()
    {
        var assembly = Complete();
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 15, 6), Now);
        var problem = Single(Problems(assembly), "Attendance.Present");
        Assert.Contains("(۲۱) از تعداد اعضا (۲۰) بیشترند", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20, 50, 11)]
    [InlineData(21, 50, 11)]
    [InlineData(20, 66, 14)]
    [InlineData(3, 66, 2)]
    [InlineData(20, 0, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(10, 100, 11)]
    public void The_quorum_is_more_than_the_percent_of_the_members(int members, int percent, int needed) =>
        Assert.Equal(needed, MinutesRules.QuorumOf(members, percent));

    [Theory]
    [InlineData(GeneralAssemblyKind.Ordinary, MeetingCall.First, 50)]
    [InlineData(GeneralAssemblyKind.Ordinary, MeetingCall.Second, 0)]
    [InlineData(GeneralAssemblyKind.OrdinaryHeldExtraordinarily, MeetingCall.First, 50)]
    [InlineData(GeneralAssemblyKind.OrdinaryHeldExtraordinarily, MeetingCall.Second, 0)]
    [InlineData(GeneralAssemblyKind.Extraordinary, MeetingCall.First, 66)]
    [InlineData(GeneralAssemblyKind.Extraordinary, MeetingCall.Second, 50)]
    public void Each_kind_and_call_has_its_quorum_percent(GeneralAssemblyKind kind, MeetingCall call, int percent) =>
        Assert.Equal(percent, AssemblyRules.Default.QuorumPercent(kind, call));

    [Fact]
    public void The_quorum_percents_are_read_from_the_settings()
    {
        var rules = new AssemblyRules { OrdinaryFirstCallPercent = 1, OrdinarySecondCallPercent = 2, ExtraordinaryFirstCallPercent = 3, ExtraordinarySecondCallPercent = 4 };
        Assert.Equal(
            [1, 2, 1, 2, 3, 4],
            new[] { GeneralAssemblyKind.Ordinary, GeneralAssemblyKind.OrdinaryHeldExtraordinarily, GeneralAssemblyKind.Extraordinary }
                .SelectMany(k => new[] { rules.QuorumPercent(k, MeetingCall.First), rules.QuorumPercent(k, MeetingCall.Second) }));
    }

    [Theory]
    [InlineData(GeneralAssemblyKind.Ordinary, MeetingCall.First, 10, 11, "(۱۱ از ۲۰ نفر)؛ حاضر و وکالتی: ۱۰")]
    [InlineData(GeneralAssemblyKind.OrdinaryHeldExtraordinarily, MeetingCall.First, 10, 11, "(۱۱ از ۲۰ نفر)؛ حاضر و وکالتی: ۱۰")]
    [InlineData(GeneralAssemblyKind.Extraordinary, MeetingCall.First, 13, 14, "بیش از ۶۶ درصد اعضا است (۱۴ از ۲۰ نفر)؛ حاضر و وکالتی: ۱۳")]
    [InlineData(GeneralAssemblyKind.Extraordinary, MeetingCall.Second, 10, 11, "بیش از ۵۰ درصد اعضا است (۱۱ از ۲۰ نفر)؛ حاضر و وکالتی: ۱۰")]
    public void Below_the_quorum_fails_and_at_the_quorum_passes(GeneralAssemblyKind kind, MeetingCall call, int below, int quorum, string numbers)
    {
        var agenda = kind == GeneralAssemblyKind.Extraordinary ? Changes : Statements;
        var assembly = Complete(kind, agenda);
        assembly.RecordAttendance(new Attendance(call, 20, below - 2, 2), Now);
        assembly.RecordResolutions(agenda.Select((_, i) => new Resolution(i, true)), Now);
        var problem = Single(Problems(assembly), "Attendance.Present");
        Assert.Contains(numbers, problem.Message, StringComparison.Ordinal);
        Assert.Contains(GeneralAssemblyText.Title(call), problem.Message, StringComparison.Ordinal);
        Assert.Contains(GeneralAssemblyText.Title(kind), problem.Message, StringComparison.Ordinal);

        assembly.RecordAttendance(new Attendance(call, 20, quorum - 2, 2), Now);
        Assert.Empty(Problems(assembly));
    }

    [Fact]
    public void The_quorum_message_says_more_than_the_percent()
    {
        var assembly = Complete(agenda: Statements);
        assembly.RecordResolutions([new(0, true)], Now);
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 10, 0), Now);
        Assert.Contains("حد نصاب نوبت اول مجمع عمومی عادی سالانه بیش از ۵۰ درصد اعضا است (۱۱ از ۲۰ نفر)", Single(Problems(assembly), "Attendance.Present").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_second_call_of_an_ordinary_assembly_one_member_is_enough()
    {
        var assembly = Complete(agenda: Statements);
        assembly.RecordResolutions([new(0, true)], Now);
        assembly.RecordAttendance(new Attendance(MeetingCall.Second, 20, 1, 0), Now);
        Assert.Empty(Problems(assembly));
        assembly.RecordAttendance(new Attendance(MeetingCall.Second, 20, 0, 0), Now);
        Assert.Contains("دست‌کم یک عضو است (۱ از ۲۰ نفر)", Single(Problems(assembly), "Attendance.Present").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_agenda_item_needs_a_resolution_named_by_its_title()
    {
        var assembly = Complete(agenda: [new(AgendaItemKind.ApproveFinancialStatements), new(AgendaItemKind.Other, "تعیین حق حضور اعضای هیئت مدیره")]);
        assembly.RecordResolutions([new(0, true)], Now);
        var problem = Single(Problems(assembly), "Resolutions[1]");
        Assert.Contains("نتیجه «تعیین حق حضور اعضای هیئت مدیره» را ثبت کنید", problem.Message, StringComparison.Ordinal);
        assembly.RecordResolutions([new(1, true)], Now);
        Assert.Contains("«تصویب صورت‌های مالی»", Single(Problems(assembly), "Resolutions[0]").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Votes_on_a_resolution_cannot_exceed_those_present_and_represented()
    {
        var assembly = Complete(agenda: Statements);
        assembly.RecordResolutions([new(0, true, 10, 3)], Now);
        var problem = Single(Problems(assembly), "Resolutions[0]");
        Assert.Contains("از حاضران و وکالتی‌ها (۱۲) بیشتر است", problem.Message, StringComparison.Ordinal);
        assembly.RecordResolutions([new(0, true, 10, 2)], Now);
        Assert.Empty(Problems(assembly));
    }

    [Fact]
    public void An_officer_is_elected_only_for_an_adopted_election_item()
    {
        var assembly = Complete();
        assembly.RecordResolutions([new(0, true), new(1, false), new(2, true)], Now);
        var problems = Problems(assembly);
        Assert.Equal(["Elected[0]", "Elected[1]", "Elected[2]", "Elected[3]"], problems.Select(p => p.Field));
        Assert.Contains("«عضو اصلی هیئت مدیره» در دستور تصویب‌شده این مجمع انتخاب نمی‌شود", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("«عضو علی‌البدل هیئت مدیره»", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspectors_are_not_elected_by_an_agenda_that_elects_only_the_board()
    {
        var assembly = Complete(agenda: [new(AgendaItemKind.ElectBoard)]);
        var problem = Single(Problems(assembly), "Elected[4]");
        Assert.Contains("«بازرس اصلی» در دستور تصویب‌شده", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assembly_does_not_elect_the_ceo()
    {
        var assembly = WithElected([.. Elected, new(OfficerRole.Ceo, "رضا مدیری", Code(90), 10)]);
        Assert.Contains("«مدیرعامل» در دستور تصویب‌شده", Single(Problems(assembly), "Elected[5]").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_approved_candidates_are_elected()
    {
        var assembly = WithElected([.. Elected, new(OfficerRole.AlternateInspector, "نرگس امینی", Code(5), 4)]);
        var problem = Single(Problems(assembly), "Elected[5]");
        Assert.Contains("«نرگس امینی» نامزد تأییدشده بازرسی این مجمع نیست", problem.Message, StringComparison.Ordinal);
        var board = Single(Problems(Complete(), Context(approved: Elected.Skip(1))), "Elected[0]");
        Assert.Contains("«علی رضایی» نامزد تأییدشده هیئت مدیره این مجمع نیست", board.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_board_candidate_may_be_elected_to_either_board_post_and_an_inspector_to_either_inspector_post()
    {
        var swapped = Elected.Select(o => o.Role switch
        {
            OfficerRole.BoardMember => o,
            OfficerRole.AlternateBoardMember => o with { Role = OfficerRole.BoardMember },
            _ => o with { Role = OfficerRole.AlternateInspector },
        }).ToList();
        swapped.Add(new(OfficerRole.AlternateBoardMember, "امیر حسینی", Code(6), 3));
        swapped.Add(new(OfficerRole.Inspector, "کاوه نادری", Code(7), 7));
        var approved = swapped.Select(o => o.Role switch
        {
            OfficerRole.BoardMember => o with { Role = OfficerRole.AlternateBoardMember },
            OfficerRole.AlternateBoardMember => o with { Role = OfficerRole.BoardMember },
            OfficerRole.Inspector => o with { Role = OfficerRole.AlternateInspector },
            _ => o with { Role = OfficerRole.Inspector },
        });
        var assembly = WithElected([.. swapped]);
        Assert.Empty(Problems(assembly, Context(approved: approved)));
    }

    [Fact]
    public void A_board_candidate_is_not_elected_inspector_nor_the_other_way_round()
    {
        var approved = Elected.Select(o => o.Role == OfficerRole.Inspector ? o with { Role = OfficerRole.BoardMember } : o);
        var problem = Single(Problems(Complete(), Context(approved: approved)), "Elected[4]");
        Assert.Contains("نامزد تأییدشده بازرسی", problem.Message, StringComparison.Ordinal);
        var other = Elected.Select(o => o.NationalCode == Code(3) ? o with { Role = OfficerRole.AlternateInspector } : o);
        Assert.Contains("نامزد تأییدشده هیئت مدیره", Single(Problems(Complete(), Context(approved: other)), "Elected[3]").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_is_elected_once()
    {
        var assembly = WithElected([.. Elected, new(OfficerRole.AlternateBoardMember, "علی رضایی", Code(0), 5)]);
        var problem = Single(Problems(assembly), "Elected[5]");
        Assert.Contains("«علی رضایی» بیش از یک بار انتخاب شده است", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Votes_of_an_officer_cannot_exceed_those_present_and_represented()
    {
        var assembly = WithElected([.. Elected.Take(4), Elected[4] with { Votes = 13 }]);
        Assert.Contains("آرای «زهرا موسوی» از حاضران و وکالتی‌ها (۱۲) بیشتر است", Single(Problems(assembly), "Elected[4]").Message, StringComparison.Ordinal);
        assembly.RecordElected([.. Elected.Take(4), Elected[4] with { Votes = 12 }], Now);
        Assert.Empty(Problems(assembly));
    }

    [Theory]
    [InlineData(2, false, "۲")]
    [InlineData(3, true, "۳")]
    [InlineData(7, true, "۷")]
    [InlineData(8, false, "۸")]
    public void The_board_elected_has_between_the_minimum_and_maximum_principal_members(int principals, bool valid, string count)
    {
        var board = Enumerable.Range(10, principals).Select(i => new ElectedOfficer(OfficerRole.BoardMember, "عضو " + i, Code(i), 5)).ToList();
        var elected = board.Append(Elected[3]).Append(Elected[4]).ToList();
        var problems = Problems(WithElected([.. elected]), Context(approved: elected));
        if (valid)
        {
            Assert.Empty(problems);
            return;
        }

        var problem = Single(problems, "Elected");
        Assert.Contains($"هیئت مدیره ۳ تا ۷ عضو اصلی دارد؛ انتخاب‌شده: {count}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_board_size_follows_the_registry_rules_and_alternates_do_not_count()
    {
        var registry = RegistryRules.Default with { MinimumBoard = 4, MaximumBoard = 5 };
        var problem = Single(Problems(Complete(), Context(registry: registry)), "Elected");
        Assert.Contains("۴ تا ۵ عضو اصلی دارد؛ انتخاب‌شده: ۳", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false, "۰")]
    [InlineData(1, true, "۱")]
    [InlineData(3, true, "۳")]
    [InlineData(4, false, "۴")]
    public void The_assembly_elects_one_to_the_maximum_of_principal_inspectors(int inspectors, bool valid, string count)
    {
        var chosen = Enumerable.Range(20, inspectors).Select(i => new ElectedOfficer(OfficerRole.Inspector, "بازرس " + i, Code(i), 5));
        var elected = Elected.Take(4).Concat(chosen).Append(new ElectedOfficer(OfficerRole.AlternateInspector, "بازرس علی‌البدل", Code(30), 2)).ToList();
        var problems = Problems(WithElected([.. elected]), Context(approved: elected));
        if (valid)
        {
            Assert.Empty(problems);
            return;
        }

        Assert.Contains($"مجمع ۱ تا ۳ بازرس اصلی برمی‌گزیند؛ انتخاب‌شده: {count}", Single(problems, "Elected").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_board_count_is_asked_when_the_board_election_was_not_adopted()
    {
        var assembly = Complete();
        assembly.RecordResolutions([new(0, true), new(1, false), new(2, true)], Now);
        assembly.RecordElected([Elected[4]], Now);
        Assert.Empty(Problems(assembly));
    }

    [Fact]
    public void The_signed_minutes_are_required_but_the_attendance_list_is_not()
    {
        var assembly = Complete();
        assembly.AttachFile(MinutesFileKind.AttendanceList, "list.pdf", "application/pdf", 10, "bb", "key-list", Now);
        assembly.RemoveFile(assembly.FilesOf(MinutesFileKind.SignedMinutes).Single().Id, Now);
        var problem = Single(Problems(assembly), "Files.SignedMinutes");
        Assert.Contains("صورت‌جلسه امضاشده هیئت رئیسه", problem.Message, StringComparison.Ordinal);
    }
}
