using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>
/// General assemblies of one imported cooperative at each step of their workflow: an ordinary assembly published on
/// 1405/03/01 for 1405/03/20 (inside the window after fiscal year 1404), its minutes recorded on 1405/03/25.
/// </summary>
public static class AssemblyFixtures
{
    public const string ManagerUserId = "manager-1";
    public const string HeadUserId = "head-1";
    public const string ObserverUserId = "observer-1";
    public const string ReviewerUserId = "reviewer-1";
    public const string Invitation = "از همه اعضای محترم تعاونی دعوت می‌شود در این مجمع حضور یابند.";
    public const string Findings = "حاضران پیش از رسیدن به حد نصاب رأی دادند و فهرست حاضران امضا نشد.";

    public static readonly DateTime Now = new(2026, 5, 22, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly PublishedOn = J("1405/03/01");
    public static readonly DateOnly MeetingOn = J("1405/03/20");
    public static readonly DateOnly AfterMeeting = J("1405/03/25");

    /// <summary>Twenty members, nine present and three by proxy: the quorum of an ordinary first call (11) is met.</summary>
    public static readonly Attendance Quorate = new(MeetingCall.First, 20, 9, 3);

    public static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    public static string Code(int index) => TestApplications.NationalCodeFor(index);

    public static Cooperative NewCooperative() => Cooperative.Import(
        new ImportedCooperative("تعاونی مصرف کارکنان نمونه", "1234", new DateOnly(2020, 1, 1), null, 14, 140, null, 20, 1_000_000_000, Code(90), "رضا مدیری", J("1406/02/20")),
        Now);

    public static AssemblyNotice Notice(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, DateOnly? meetingOn = null) =>
        new(kind, meetingOn ?? MeetingOn, new TimeOnly(10, 0), "زنجان، خیابان امام، سالن اجتماعات اتاق تعاون", null, Invitation);

    /// <summary>An ordinary agenda that elects the board and the inspectors.</summary>
    public static AgendaItem[] Elections =>
        [new(AgendaItemKind.ApproveFinancialStatements), new(AgendaItemKind.ElectBoard), new(AgendaItemKind.ElectInspectors)];

    /// <summary>An ordinary agenda that elects nobody: no supervision is required.</summary>
    public static AgendaItem[] Statements => [new(AgendaItemKind.ApproveFinancialStatements)];

    /// <summary>An extraordinary agenda that changes the capital, the address and the name.</summary>
    public static AgendaItem[] Changes =>
    [
        new(AgendaItemKind.ChangeCapital, CapitalFrom: 1_000_000_000, CapitalTo: 2_500_000_000),
        new(AgendaItemKind.ChangeAddress, NewAddress: "زنجان، بلوار آزادی، پلاک ۱۲"),
        new(AgendaItemKind.ChangeName, NewName: "تعاونی مصرف کارکنان آفتاب"),
    ];

    /// <summary>Three principal board members, an alternate and an inspector, all approved candidates in <see cref="Context"/>.</summary>
    public static ElectedOfficer[] Elected =>
    [
        new(OfficerRole.BoardMember, "علی رضایی", Code(0), 10),
        new(OfficerRole.BoardMember, "مریم احمدی", Code(1), 9),
        new(OfficerRole.BoardMember, "حسین کریمی", Code(2), 8),
        new(OfficerRole.AlternateBoardMember, "سارا محمدی", Code(3), 6),
        new(OfficerRole.Inspector, "زهرا موسوی", Code(4), 11),
    ];

    public static MinutesContext Context(
        IEnumerable<ElectedOfficer>? approved = null, AssemblyRules? rules = null, RegistryRules? registry = null, DateOnly? today = null) =>
        new(today ?? AfterMeeting, registry ?? RegistryRules.Default, rules ?? AssemblyRules.Default, (approved ?? Elected).Select(o => (o.Role, o.NationalCode)).ToList());

    public static GeneralAssembly Draft(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IEnumerable<AgendaItem>? agenda = null)
    {
        var assembly = GeneralAssembly.Start(NewCooperative(), ManagerUserId, kind, Now);
        assembly.EditNotice(Notice(kind), Now);
        assembly.SetAgenda(agenda ?? Elections, Now);
        return assembly;
    }

    public static GeneralAssembly Announced(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IEnumerable<AgendaItem>? agenda = null)
    {
        var assembly = Draft(kind, agenda);
        assembly.Announce(PublishedOn, AssemblyRules.Default, Now.AddMinutes(1));
        return assembly;
    }

    public static GeneralAssembly Supervised(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IEnumerable<AgendaItem>? agenda = null)
    {
        var assembly = Announced(kind, agenda);
        assembly.AssignObserver(HeadUserId, ObserverUserId, "مهدی ناظری", Now.AddMinutes(2));
        return assembly;
    }

    public static GeneralAssembly Unsupervised(GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary, IEnumerable<AgendaItem>? agenda = null)
    {
        var assembly = Announced(kind, agenda ?? Statements);
        assembly.WaiveSupervision(HeadUserId, "مجمع تنها صورت‌های مالی را تصویب می‌کند.", [], Now.AddMinutes(2));
        return assembly;
    }

    /// <summary>Records complete minutes: every item adopted (ten for, two against), those elected when the agenda elects, the signed scan.</summary>
    public static void RecordMinutes(GeneralAssembly assembly, Attendance? attendance = null, IEnumerable<ElectedOfficer>? elected = null)
    {
        assembly.RecordAttendance(attendance ?? Quorate, Now.AddMinutes(3));
        assembly.RecordResolutions(assembly.Agenda.Select((_, i) => new Resolution(i, true, 10, 2)), Now.AddMinutes(3));
        assembly.RecordElected(elected ?? (assembly.ElectedPosts.Count > 0 ? Elected : []), Now.AddMinutes(3));
        assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 100, "aa", "key-minutes", Now.AddMinutes(3));
    }

    /// <summary>An assembly in <paramref name="status"/>, reached through the aggregate's own steps.</summary>
    public static GeneralAssembly At(GeneralAssemblyStatus status)
    {
        switch (status)
        {
            case GeneralAssemblyStatus.Draft:
                return Draft();
            case GeneralAssemblyStatus.Announced:
                return Announced();
            case GeneralAssemblyStatus.Supervised:
                return Supervised();
            case GeneralAssemblyStatus.Unsupervised:
                return Unsupervised();
            case GeneralAssemblyStatus.Cancelled:
                var cancelled = Draft();
                cancelled.Cancel(ManagerUserId, null, Now.AddMinutes(1));
                return cancelled;
            case GeneralAssemblyStatus.AwaitingObserver:
                var awaiting = Supervised();
                RecordMinutes(awaiting);
                awaiting.SubmitMinutes(Context(), Now.AddMinutes(4));
                return awaiting;
            case GeneralAssemblyStatus.ObserverConfirmed:
                var confirmedByObserver = At(GeneralAssemblyStatus.AwaitingObserver);
                confirmedByObserver.ObserverConfirm(ObserverUserId, null, Now.AddMinutes(5));
                return confirmedByObserver;
            case GeneralAssemblyStatus.IrregularitiesReported:
                var reported = At(GeneralAssemblyStatus.AwaitingObserver);
                reported.ReportIrregularities(ObserverUserId, Findings, Now.AddMinutes(5));
                return reported;
            case GeneralAssemblyStatus.MinutesSubmitted:
                var submitted = Unsupervised();
                RecordMinutes(submitted);
                submitted.SubmitMinutes(Context(), Now.AddMinutes(4));
                return submitted;
            case GeneralAssemblyStatus.ReturnedForCorrection:
                var returned = At(GeneralAssemblyStatus.MinutesSubmitted);
                returned.SendBack(ReviewerUserId, "تعداد حاضران با فهرست امضاشده یکی نیست.", Now.AddMinutes(6));
                return returned;
            case GeneralAssemblyStatus.Confirmed:
                var confirmed = At(GeneralAssemblyStatus.MinutesSubmitted);
                confirmed.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(6));
                return confirmed;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }
}
