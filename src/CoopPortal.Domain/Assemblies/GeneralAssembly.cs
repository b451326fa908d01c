using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// A general assembly of a registered cooperative under the office's supervision (issue 19, domain.md "After
/// registration"): a manager writes and publishes the notice (kind, day and time, place or link, agenda, invitation);
/// candidates register for the posts it elects (<see cref="Candidacy"/>); the head of office assigns an observer or
/// records that none goes (the policy may require one); after the meeting the manager records the minutes (attendance,
/// resolutions, those elected, the signed scan); the observer confirms or reports irregularities; a reviewer confirms
/// (the registry changes: <see cref="RegistryChange"/>) or sends the minutes back.
/// </summary>
public sealed class GeneralAssembly : AggregateRoot
{
    public const string NoticeNotEditable = "آگهی پس از انتشار تغییر نمی‌کند؛ برای تغییر، مجمع را لغو و آگهی تازه منتشر کنید.";
    public const string MinutesNotEditable = "صورت‌جلسه در وضعیت فعلی قابل ویرایش نیست.";
    public const string DissolutionWithoutLiquidators = "صورت‌جلسه‌ای که انحلال تعاونی را تصویب کرده است بی‌معرفی مدیران تصفیه و پایان مدت تصفیه تأیید نمی‌شود.";

    // Declared before the table, which reads it (static initializers run in order).
    private static readonly GeneralAssemblyAction[] ObserverSteps = [GeneralAssemblyAction.ObserverConfirm, GeneralAssemblyAction.ReportIrregularities];

    /// <summary>
    /// Who may do what. The manager (owner) publishes, cancels before the minutes, and sends the minutes; the head of
    /// office decides the supervision; the observer assigned (<see cref="CaseActors.Assignee"/>) confirms or reports; a
    /// reviewer or the head confirms or sends back, never the observer who reported on the same meeting.
    /// </summary>
    public static StateMachine<GeneralAssemblyStatus, GeneralAssemblyAction> Workflow { get; } = new(
        [
            new(GeneralAssemblyStatus.Draft, GeneralAssemblyAction.Announce, GeneralAssemblyStatus.Announced, CaseActors.Owner),
            new(GeneralAssemblyStatus.Draft, GeneralAssemblyAction.Cancel, GeneralAssemblyStatus.Cancelled, CaseActors.Owner),
            new(GeneralAssemblyStatus.Announced, GeneralAssemblyAction.AssignObserver, GeneralAssemblyStatus.Supervised, Roles.HeadOfOffice),
            new(GeneralAssemblyStatus.Announced, GeneralAssemblyAction.WaiveSupervision, GeneralAssemblyStatus.Unsupervised, Roles.HeadOfOffice),
            new(GeneralAssemblyStatus.Announced, GeneralAssemblyAction.Cancel, GeneralAssemblyStatus.Cancelled, CaseActors.Owner),
            new(GeneralAssemblyStatus.Supervised, GeneralAssemblyAction.AssignObserver, GeneralAssemblyStatus.Supervised, Roles.HeadOfOffice),
            new(GeneralAssemblyStatus.Supervised, GeneralAssemblyAction.SubmitMinutes, GeneralAssemblyStatus.AwaitingObserver, CaseActors.Owner),
            new(GeneralAssemblyStatus.Supervised, GeneralAssemblyAction.Cancel, GeneralAssemblyStatus.Cancelled, CaseActors.Owner),
            new(GeneralAssemblyStatus.Unsupervised, GeneralAssemblyAction.AssignObserver, GeneralAssemblyStatus.Supervised, Roles.HeadOfOffice),
            new(GeneralAssemblyStatus.Unsupervised, GeneralAssemblyAction.SubmitMinutes, GeneralAssemblyStatus.MinutesSubmitted, CaseActors.Owner),
            new(GeneralAssemblyStatus.Unsupervised, GeneralAssemblyAction.Cancel, GeneralAssemblyStatus.Cancelled, CaseActors.Owner),
            new(GeneralAssemblyStatus.AwaitingObserver, GeneralAssemblyAction.ObserverConfirm, GeneralAssemblyStatus.ObserverConfirmed, CaseActors.Assignee),
            new(GeneralAssemblyStatus.AwaitingObserver, GeneralAssemblyAction.ReportIrregularities, GeneralAssemblyStatus.IrregularitiesReported, CaseActors.Assignee),
            new(GeneralAssemblyStatus.MinutesSubmitted, GeneralAssemblyAction.Confirm, GeneralAssemblyStatus.Confirmed, CaseActors.Office, NotBy: ObserverSteps),
            new(GeneralAssemblyStatus.MinutesSubmitted, GeneralAssemblyAction.SendBack, GeneralAssemblyStatus.ReturnedForCorrection, CaseActors.Office, NotBy: ObserverSteps),
            new(GeneralAssemblyStatus.ObserverConfirmed, GeneralAssemblyAction.Confirm, GeneralAssemblyStatus.Confirmed, CaseActors.Office, NotBy: ObserverSteps),
            new(GeneralAssemblyStatus.ObserverConfirmed, GeneralAssemblyAction.SendBack, GeneralAssemblyStatus.ReturnedForCorrection, CaseActors.Office, NotBy: ObserverSteps),
            new(GeneralAssemblyStatus.IrregularitiesReported, GeneralAssemblyAction.Confirm, GeneralAssemblyStatus.Confirmed, CaseActors.Office, NotBy: ObserverSteps),
            new(GeneralAssemblyStatus.IrregularitiesReported, GeneralAssemblyAction.SendBack, GeneralAssemblyStatus.ReturnedForCorrection, CaseActors.Office, NotBy: ObserverSteps),
            new(GeneralAssemblyStatus.ReturnedForCorrection, GeneralAssemblyAction.SubmitMinutes, GeneralAssemblyStatus.MinutesSubmitted, CaseActors.Owner),
        ],
        (from, action) => (from, action) switch
        {
            (GeneralAssemblyStatus.Confirmed, _) => "این مجمع پیش‌تر تأیید و تغییرات آن ثبت شده است.",
            (GeneralAssemblyStatus.Cancelled, _) => "این مجمع لغو شده است.",
            (GeneralAssemblyStatus.Announced, GeneralAssemblyAction.SubmitMinutes) => "اداره هنوز درباره نظارت بر این مجمع تصمیم نگرفته است؛ پس از تعیین ناظر یا اعلام بی‌نیازی، صورت‌جلسه را بفرستید.",
            (_, GeneralAssemblyAction.Announce) => "آگهی این مجمع پیش‌تر منتشر شده است.",
            (GeneralAssemblyStatus.Draft, GeneralAssemblyAction.AssignObserver or GeneralAssemblyAction.WaiveSupervision) => "آگهی این مجمع هنوز منتشر نشده است؛ درباره نظارت پس از انتشار آگهی تصمیم گرفته می‌شود.",
            (GeneralAssemblyStatus.Supervised, GeneralAssemblyAction.WaiveSupervision) => "برای این مجمع ناظر تعیین شده است؛ برای تغییر ناظر، ناظر دیگری تعیین کنید.",
            (GeneralAssemblyStatus.Unsupervised, GeneralAssemblyAction.WaiveSupervision) => "بی‌نیازی این مجمع از نظارت پیش‌تر ثبت شده است.",
            (_, GeneralAssemblyAction.AssignObserver or GeneralAssemblyAction.WaiveSupervision) => "پس از ارسال صورت‌جلسه، تصمیم نظارت تغییر نمی‌کند.",
            (_, GeneralAssemblyAction.ObserverConfirm or GeneralAssemblyAction.ReportIrregularities) => "این مجمع در انتظار گزارش ناظر نیست.",
            (GeneralAssemblyStatus.AwaitingObserver, GeneralAssemblyAction.Confirm or GeneralAssemblyAction.SendBack) => "ناظر هنوز گزارش خود را ثبت نکرده است.",
            (_, GeneralAssemblyAction.Confirm or GeneralAssemblyAction.SendBack) => "صورت‌جلسه این مجمع در انتظار بررسی نیست.",
            (_, GeneralAssemblyAction.Cancel) => "مجمعی که صورت‌جلسه‌اش ارسال شده لغو نمی‌شود.",
            _ => $"این کار در وضعیت «{GeneralAssemblyText.Title(from)}» ممکن نیست.",
        });

    private readonly List<GeneralAssemblyEvent> _events = [];

    private GeneralAssembly()
    {
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    public string CooperativeName { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    public int? CountyId { get; private set; }

    /// <summary>The manager who started it (the owner of the case).</summary>
    public string FiledByUserId { get; private set; } = string.Empty;

    public GeneralAssemblyStatus Status { get; private set; }

    public AssemblyNotice Notice { get; private set; } = AssemblyNotice.Empty(GeneralAssemblyKind.Ordinary);

    /// <summary>The agenda in order (stored as one JSON value: replaced whole on each save).</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; private set; } = [];

    /// <summary>The day the notice was published (Iran).</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The office's observer, once assigned.</summary>
    public string? ObserverUserId { get; private set; }

    public string? ObserverName { get; private set; }

    /// <summary>Why the head decided no observer goes.</summary>
    public string? SupervisionWaiverReason { get; private set; }

    public Attendance Attendance { get; private set; } = Attendance.None;

    public IReadOnlyList<Resolution> Resolutions { get; private set; } = [];

    public IReadOnlyList<ElectedOfficer> Elected { get; private set; } = [];

    public IReadOnlyList<AttachedFile> Files { get; private set; } = [];

    /// <summary>The liquidators and period the minutes name for a resolution to dissolve (one JSON value).</summary>
    public DissolutionTerms Dissolution { get; private set; } = DissolutionTerms.None;

    /// <summary>The observer's findings (a note with a confirmation, the irregularities with a report).</summary>
    public string? ObserverFindings { get; private set; }

    /// <summary>The reviewer's comment of the last sending back (shown until the minutes are sent again).</summary>
    public string? ReturnComment { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? MinutesSubmittedAtUtc { get; private set; }

    public DateTime? ConfirmedAtUtc { get; private set; }

    public IReadOnlyList<GeneralAssemblyEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>
    /// The people bound to it, for separation of duties: the manager who filed it, the cooperative's managers and those
    /// elected (by national code), and who took each step.
    /// </summary>
    public CaseParties PartiesWith(IEnumerable<string> managerNationalCodes) => new(
        FiledByUserId,
        managerNationalCodes.Concat(Elected.Select(o => o.NationalCode)).Where(c => !string.IsNullOrEmpty(c)).ToHashSet(StringComparer.Ordinal),
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    public bool IsNoticeEditable => Status == GeneralAssemblyStatus.Draft;

    public bool IsMinutesEditable => Status is GeneralAssemblyStatus.Supervised or GeneralAssemblyStatus.Unsupervised or GeneralAssemblyStatus.ReturnedForCorrection;

    /// <summary>The posts this assembly's agenda elects (candidates register for these).</summary>
    public IReadOnlyList<OfficerRole> ElectedPosts => PostsElectedBy(Agenda);

    /// <summary>The posts an agenda elects: the board's (principal and alternate) and the inspectors'.</summary>
    public static IReadOnlyList<OfficerRole> PostsElectedBy(IReadOnlyList<AgendaItem> agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        return
        [
            .. agenda.Any(a => a.Kind == AgendaItemKind.ElectBoard) ? [OfficerRole.BoardMember, OfficerRole.AlternateBoardMember] : Array.Empty<OfficerRole>(),
            .. agenda.Any(a => a.Kind == AgendaItemKind.ElectInspectors) ? [OfficerRole.Inspector, OfficerRole.AlternateInspector] : Array.Empty<OfficerRole>(),
        ];
    }

    /// <summary>Starts the notice of an assembly of a registered cooperative, by one of its managers (the caller checks).</summary>
    public static GeneralAssembly Start(Cooperative cooperative, string managerUserId, GeneralAssemblyKind kind, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentException.ThrowIfNullOrWhiteSpace(managerUserId);
        return new GeneralAssembly
        {
            Id = Guid.NewGuid(),
            CooperativeId = cooperative.Id,
            CooperativeName = cooperative.Name,
            ProvinceId = cooperative.ProvinceId,
            CountyId = cooperative.CountyId,
            FiledByUserId = managerUserId,
            Status = GeneralAssemblyStatus.Draft,
            Notice = AssemblyNotice.Empty(kind),
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    public void EditNotice(AssemblyNotice notice, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(notice);
        EnsureNoticeEditable();
        Notice = notice with
        {
            Place = Clean(notice.Place, FieldLengths.Address),
            OnlineLink = Clean(notice.OnlineLink, FieldLengths.Address),
            Invitation = Clean(notice.Invitation, FieldLengths.ActivityDescription),
        };

        // Items the new kind does not take stay (nothing typed is lost); the notice rules say which to remove.
        UpdatedAtUtc = nowUtc;
    }

    public void SetAgenda(IEnumerable<AgendaItem> items, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(items);
        EnsureNoticeEditable();
        Agenda = items.Select(i => AgendaItem.From(i.Kind, i.Text, i.CapitalFrom, i.CapitalTo, i.NewBylaws, i.NewAddress, i.NewName)).ToList();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Publishes the notice on <paramref name="today"/> once it meets every notice rule.</summary>
    public void Announce(DateOnly today, AssemblyRules rules, DateTime nowUtc)
    {
        EnsureAllowed(GeneralAssemblyAction.Announce);
        var problems = NoticeRules.Validate(Notice, Agenda, today, rules);
        if (problems.Count > 0)
        {
            throw new DomainException("آگهی هنوز کامل نیست: " + problems[0].Message);
        }

        Move(GeneralAssemblyAction.Announce, FiledByUserId, null, nowUtc);
        PublishedOn = today;
    }

    /// <summary>
    /// Why the policy requires an observer for this assembly (empty when it does not): elections or dissolution on the
    /// agenda, or a cooperative whose last declaration was high-risk.
    /// </summary>
    public IReadOnlyList<string> SupervisionRequiredBecause(AssemblyRules rules, bool highRisk)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var reasons = new List<string>();
        if (rules.SuperviseElections && ElectedPosts.Count > 0)
        {
            reasons.Add("انتخابات هیئت مدیره یا بازرسان در دستور جلسه است");
        }

        if (rules.SuperviseDissolution && Agenda.Any(a => a.Kind == AgendaItemKind.Dissolve))
        {
            reasons.Add("انحلال تعاونی در دستور جلسه است");
        }

        if (rules.SuperviseHighRisk && highRisk)
        {
            reasons.Add("ریسک آخرین خوداظهاری تعاونی زیاد است");
        }

        return reasons;
    }

    public void AssignObserver(string headUserId, string observerUserId, string observerName, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(observerUserId);
        if (observerUserId == ObserverUserId && Status == GeneralAssemblyStatus.Supervised)
        {
            throw new DomainException("همین کارشناس ناظر این مجمع است.");
        }

        Move(GeneralAssemblyAction.AssignObserver, headUserId, PersianText.Normalize(observerName), nowUtc);
        ObserverUserId = observerUserId;
        ObserverName = PersianText.Normalize(observerName);
        SupervisionWaiverReason = null;
    }

    /// <summary>The head records that no observer goes, with the reason; refused when the policy requires one.</summary>
    public void WaiveSupervision(string headUserId, string reason, IReadOnlyList<string> requiredBecause, DateTime nowUtc)
    {
        EnsureAllowed(GeneralAssemblyAction.WaiveSupervision);
        ArgumentNullException.ThrowIfNull(requiredBecause);
        if (requiredBecause.Count > 0)
        {
            throw new DomainException("این مجمع باید ناظر داشته باشد: " + string.Join("؛ ", requiredBecause) + ".");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("دلیل بی‌نیازی از نظارت را بنویسید.");
        }

        SupervisionWaiverReason = FieldLengths.Ensure(PersianText.Normalize(reason).Trim(), FieldLengths.ReturnComment);
        Move(GeneralAssemblyAction.WaiveSupervision, headUserId, SupervisionWaiverReason, nowUtc);
    }

    /// <summary>
    /// Why this assembly does not take a candidacy for <paramref name="post"/> on <paramref name="today"/>, or null: only
    /// a published notice whose agenda elects the post, until the day before the meeting.
    /// </summary>
    public string? CandidacyRefusal(OfficerRole post, DateOnly today)
    {
        if (Status is not (GeneralAssemblyStatus.Announced or GeneralAssemblyStatus.Supervised or GeneralAssemblyStatus.Unsupervised))
        {
            return "این مجمع نامزد نمی‌پذیرد.";
        }

        if (!ElectedPosts.Contains(post))
        {
            return $"در دستور این مجمع «{GeneralAssemblyText.Post(post)}» انتخاب نمی‌شود.";
        }

        return Notice.MeetingOn is { } meeting && today >= meeting
            ? "ثبت‌نام نامزدها تا روز پیش از تشکیل مجمع است."
            : null;
    }

    public void RecordAttendance(Attendance attendance, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        EnsureMinutesEditable();
        Attendance = attendance;
        UpdatedAtUtc = nowUtc;
    }

    public void RecordResolutions(IEnumerable<Resolution> resolutions, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        EnsureMinutesEditable();
        Resolutions = resolutions
            .Where(r => r.Item >= 0 && r.Item < Agenda.Count)
            .GroupBy(r => r.Item)
            .Select(g => g.Last())
            .OrderBy(r => r.Item)
            .Select(r => Resolution.From(r.Item, r.Adopted, r.VotesFor, r.VotesAgainst, r.Text))
            .ToList();
        UpdatedAtUtc = nowUtc;
    }

    public void RecordElected(IEnumerable<ElectedOfficer> elected, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(elected);
        EnsureMinutesEditable();
        Elected = elected.Select(o => ElectedOfficer.From(o.Role, o.FullName, o.NationalCode, o.Votes)).ToList();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Records the liquidators and the period's end the minutes name for the dissolution item.</summary>
    public void RecordDissolution(DissolutionTerms terms, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(terms);
        EnsureMinutesEditable();
        Dissolution = terms.Normalized();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>True when the minutes adopt the dissolution of the cooperative (an extraordinary assembly's <see cref="AgendaItemKind.Dissolve"/>).</summary>
    public bool ResolvesDissolution => Notice.Kind == GeneralAssemblyKind.Extraordinary && Adopted(AgendaItemKind.Dissolve);

    public AttachedFile AttachFile(MinutesFileKind kind, string fileName, string contentType, long size, string sha256, string storageKey, DateTime nowUtc)
    {
        EnsureMinutesEditable();
        var file = new AttachedFile(Guid.NewGuid(), kind.ToString(), fileName, contentType, size, sha256, storageKey, nowUtc);
        Files = [.. Files, file];
        UpdatedAtUtc = nowUtc;
        return file;
    }

    public AttachedFile RemoveFile(Guid fileId, DateTime nowUtc)
    {
        EnsureMinutesEditable();
        var file = Files.SingleOrDefault(f => f.Id == fileId) ?? throw new DomainException("این فایل در این صورت‌جلسه نیست.");
        Files = Files.Where(f => f.Id != fileId).ToList();
        UpdatedAtUtc = nowUtc;
        return file;
    }

    public IEnumerable<AttachedFile> FilesOf(MinutesFileKind kind) => Files.Where(f => f.Kind == kind.ToString());

    /// <summary>True when the agenda has the item and the minutes record it adopted.</summary>
    public bool Adopted(AgendaItemKind kind)
    {
        var index = Agenda.ToList().FindIndex(a => a.Kind == kind);
        return index >= 0 && Resolutions.Any(r => r.Item == index && r.Adopted);
    }

    /// <summary>Sends the minutes once every minutes rule holds (to the observer first when the assembly is supervised).</summary>
    public void SubmitMinutes(MinutesContext context, DateTime nowUtc)
    {
        EnsureAllowed(GeneralAssemblyAction.SubmitMinutes);
        var problems = MinutesRules.Validate(this, context);
        if (problems.Count > 0)
        {
            throw new DomainException("صورت‌جلسه هنوز کامل نیست: " + problems[0].Message);
        }

        Move(GeneralAssemblyAction.SubmitMinutes, FiledByUserId, null, nowUtc);
        ReturnComment = null;
        MinutesSubmittedAtUtc = nowUtc;
    }

    /// <summary>The observer confirms the assembly was held as the minutes say (a note is optional).</summary>
    public void ObserverConfirm(string observerUserId, string? note, DateTime nowUtc)
    {
        EnsureAllowed(GeneralAssemblyAction.ObserverConfirm);
        EnsureObserver(observerUserId);
        ObserverFindings = PersianText.Normalize(note).Trim() is { Length: > 0 } text ? FieldLengths.Ensure(text, FieldLengths.InspectionFindings) : null;
        Move(GeneralAssemblyAction.ObserverConfirm, observerUserId, ObserverFindings, nowUtc);
    }

    /// <summary>The observer reports irregularities, with the findings the reviewer weighs.</summary>
    public void ReportIrregularities(string observerUserId, string findings, DateTime nowUtc)
    {
        EnsureAllowed(GeneralAssemblyAction.ReportIrregularities);
        EnsureObserver(observerUserId);
        if (PersianText.Normalize(findings).Trim() is not { Length: >= 20 } text)
        {
            throw new DomainException("تخلف‌های دیده‌شده را دست‌کم در یک جمله بنویسید.");
        }

        ObserverFindings = FieldLengths.Ensure(text, FieldLengths.InspectionFindings);
        Move(GeneralAssemblyAction.ReportIrregularities, observerUserId, ObserverFindings, nowUtc);
    }

    public void SendBack(string reviewerUserId, string comment, DateTime nowUtc)
    {
        EnsureAllowed(GeneralAssemblyAction.SendBack);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("برای بازگرداندن صورت‌جلسه، اصلاحات لازم را بنویسید.");
        }

        ReturnComment = FieldLengths.Ensure(PersianText.Normalize(comment).Trim(), FieldLengths.ReturnComment);
        Move(GeneralAssemblyAction.SendBack, reviewerUserId, ReturnComment, nowUtc);
    }

    /// <summary>
    /// A reviewer confirms the minutes; the caller applies the returned change to the cooperative in the same
    /// transaction. Officers elected start their term on the meeting day (<paramref name="registry"/> gives its end).
    /// </summary>
    public RegistryChange Confirm(string reviewerUserId, RegistryRules registry, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(registry);
        EnsureAllowed(GeneralAssemblyAction.Confirm);
        if (ResolvesDissolution && (Dissolution.Liquidators.Count == 0 || Dissolution.EndsOn is null))
        {
            throw new DomainException(DissolutionWithoutLiquidators);
        }

        Move(GeneralAssemblyAction.Confirm, reviewerUserId, null, nowUtc);
        ConfirmedAtUtc = nowUtc;
        var on = Notice.MeetingOn ?? throw new DomainException("تاریخ تشکیل مجمع ثبت نشده است.");
        List<OfficerEntry> Terms(Func<OfficerRole, bool> posts) =>
            Elected.Where(o => posts(o.Role)).Select(o => new OfficerEntry(o.Role, o.FullName, o.NationalCode, on, registry.TermEndFor(o.Role, on))).ToList();
        AgendaItem? AdoptedItem(AgendaItemKind kind) => Adopted(kind) ? Agenda.First(a => a.Kind == kind) : null;
        return new RegistryChange(
            Id,
            on,
            Board: Adopted(AgendaItemKind.ElectBoard) ? Terms(EligibilityRules.IsBoard) : null,
            Inspectors: Adopted(AgendaItemKind.ElectInspectors) ? Terms(EligibilityRules.IsInspector) : null,
            Capital: AdoptedItem(AgendaItemKind.ChangeCapital)?.CapitalTo,
            Address: AdoptedItem(AgendaItemKind.ChangeAddress)?.NewAddress,
            Name: AdoptedItem(AgendaItemKind.ChangeName)?.NewName);
    }

    public void Cancel(string userId, string? reason, DateTime nowUtc) =>
        Move(GeneralAssemblyAction.Cancel, userId, Clean(reason, FieldLengths.ReturnComment), nowUtc);

    /// <summary>Refuses a step the table does not allow from the status before anything is changed.</summary>
    private void EnsureAllowed(GeneralAssemblyAction action)
    {
        if (Workflow.Next(Status, action).Refusal is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    private void EnsureObserver(string userId)
    {
        if (ObserverUserId is null || userId != ObserverUserId)
        {
            throw new DomainException("گزارش نظارت را ناظر تعیین‌شده برای همین مجمع ثبت می‌کند.");
        }
    }

    private void Move(GeneralAssemblyAction action, string actor, string? comment, DateTime nowUtc)
    {
        var from = Status;
        Status = Workflow.Move(from, action);
        _events.Add(new GeneralAssemblyEvent(nowUtc, actor, action, from, Status, comment, Workflow.IsShownToApplicant(from, action)));
        Raise(new GeneralAssemblyStepTaken(this, action, from, Status, actor, nowUtc));
        UpdatedAtUtc = nowUtc;
    }

    private void EnsureNoticeEditable()
    {
        if (!IsNoticeEditable)
        {
            throw new DomainException(NoticeNotEditable);
        }
    }

    private void EnsureMinutesEditable()
    {
        if (!IsMinutesEditable)
        {
            throw new DomainException(MinutesNotEditable);
        }
    }

    private static string? Clean(string? value, int max) =>
        PersianText.Normalize(value).Trim() is { Length: > 0 } text ? FieldLengths.Fit(text, max) : null;
}
