using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// The annual supervisory self-declaration (خوداظهاری نظارتی) of one cooperative for one Solar Hijri fiscal year.
/// Pre-filled, confirmed section by section, then sent with the declaration of truth, which certifies the revision the
/// manager read on the check-answers page (<see cref="Submit"/>); the risk assessment is fixed at each submission. The office accepts it, sends it back with a comment, or plans an inspection visit.
/// </summary>
public sealed class SelfDeclaration : AggregateRoot
{
    public const string NotEditable = "این خوداظهاری در وضعیت فعلی قابل ویرایش نیست.";

    /// <summary>
    /// Who may do what: a manager of the cooperative submits (again after a send-back); the province office accepts,
    /// sends back, plans an inspection visit and records it.
    /// </summary>
    public static StateMachine<DeclarationStatus, DeclarationAction> Workflow { get; } = new(
        [
            new(DeclarationStatus.Draft, DeclarationAction.Submit, DeclarationStatus.Submitted, CaseActors.Owner),
            new(DeclarationStatus.ReturnedForCorrection, DeclarationAction.Resubmit, DeclarationStatus.Resubmitted, CaseActors.Owner),
            new(DeclarationStatus.Submitted, DeclarationAction.SendBack, DeclarationStatus.ReturnedForCorrection, CaseActors.Office),
            new(DeclarationStatus.Resubmitted, DeclarationAction.SendBack, DeclarationStatus.ReturnedForCorrection, CaseActors.Office),
            new(DeclarationStatus.InspectionPlanned, DeclarationAction.SendBack, DeclarationStatus.ReturnedForCorrection, CaseActors.Office),
            new(DeclarationStatus.Submitted, DeclarationAction.PlanInspection, DeclarationStatus.InspectionPlanned, CaseActors.Office),
            new(DeclarationStatus.Resubmitted, DeclarationAction.PlanInspection, DeclarationStatus.InspectionPlanned, CaseActors.Office),
            new(DeclarationStatus.Submitted, DeclarationAction.Accept, DeclarationStatus.Accepted, CaseActors.Office),
            new(DeclarationStatus.Resubmitted, DeclarationAction.Accept, DeclarationStatus.Accepted, CaseActors.Office),
            new(DeclarationStatus.InspectionPlanned, DeclarationAction.Accept, DeclarationStatus.Accepted, CaseActors.Office),
            new(DeclarationStatus.InspectionPlanned, DeclarationAction.RecordInspection, DeclarationStatus.Inspected, CaseActors.Office),
            new(DeclarationStatus.Inspected, DeclarationAction.Accept, DeclarationStatus.Accepted, CaseActors.Office),
            new(DeclarationStatus.Inspected, DeclarationAction.SendBack, DeclarationStatus.ReturnedForCorrection, CaseActors.Office),
        ],
        (from, action) => (from, action) switch
        {
            (DeclarationStatus.Accepted, _) => "این خوداظهاری پیش‌تر پذیرفته شده است.",
            (DeclarationStatus.Draft, _) => "این خوداظهاری هنوز ارسال نشده است.",
            (_, DeclarationAction.Submit) => "این خوداظهاری پیش‌تر ارسال شده است.",
            (_, DeclarationAction.Resubmit) => "این خوداظهاری برای اصلاح بازگردانده نشده است.",
            (DeclarationStatus.InspectionPlanned, DeclarationAction.PlanInspection) => "بازدید نظارتی این خوداظهاری پیش‌تر برنامه‌ریزی شده است.",
            (DeclarationStatus.Inspected, DeclarationAction.PlanInspection or DeclarationAction.RecordInspection) => "گزارش بازدید نظارتی این خوداظهاری پیش‌تر ثبت شده است.",
            (_, DeclarationAction.RecordInspection) => "برای این خوداظهاری بازدیدی برنامه‌ریزی نشده است.",
            (DeclarationStatus.ReturnedForCorrection, _) => "این خوداظهاری برای اصلاح نزد مدیر تعاونی است.",
            _ => $"این کار در وضعیت «{DeclarationText.Title(from)}» ممکن نیست.",
        });

    private readonly List<DeclarationEvent> _events = [];

    private SelfDeclaration()
    {
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    public int ProvinceId { get; private set; }

    /// <summary>The cooperative's county when the declaration was started (a county office's scope, ADR 0026).</summary>
    public int? CountyId { get; private set; }

    public int FiscalYear { get; private set; }

    public DeclarationStatus Status { get; private set; }

    public DeclarationContent Content { get; private set; } = DeclarationContent.Empty;

    /// <summary>Last year's net profit or loss, from last year's declaration (for the two-year-loss rule).</summary>
    public long? PreviousYearNetProfitOrLoss { get; private set; }

    public IReadOnlyList<DeclarationSection> ConfirmedSections { get; private set; } = [];

    /// <summary>The sections the manager has saved at least once (a section not yet touched is «not started»).</summary>
    public IReadOnlyList<DeclarationSection> StartedSections { get; private set; } = [];

    /// <summary>
    /// Counts every change to what the declaration says (a section's answers or confirmation, a file attached or
    /// removed). The declaration of truth names the revision it certifies: a declaration changed after the manager
    /// read it is not sent on that declaration.
    /// </summary>
    public int Revision { get; private set; }

    public IReadOnlyList<AttachedFile> Files { get; private set; } = [];

    /// <summary>
    /// Whether the manager declared the content true with the last submission (given together with «send», for the
    /// revision sent; false while it is being edited and after a send-back).
    /// </summary>
    public bool TruthDeclared { get; private set; }

    public const string TruthNotDeclared = "پیش از ارسال، درستی اطلاعات خوداظهاری را اعلام کنید: گزینه «اعلام می‌کنم همه اطلاعات این خوداظهاری درست و کامل است» را بزنید.";

    public const string ChangedSinceChecked = "خوداظهاری پس از آنکه پاسخ‌ها را بررسی کردید تغییر کرده است (شاید در صفحه‌ای دیگر). پاسخ‌ها را دوباره بررسی کنید و درستی آن‌ها را دوباره اعلام کنید.";

    /// <summary>The receipt number given at the first submission (a tracking code).</summary>
    public string? ReceiptNumber { get; private set; }

    public string CreatedByUserId { get; private set; } = string.Empty;

    public string? SubmittedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>The risk at the last submission (null for a draft).</summary>
    public int? RiskTotal { get; private set; }

    public RiskBand? RiskBand { get; private set; }

    public IReadOnlyList<RiskFinding> RiskFindings { get; private set; } = [];

    public DateOnly? InspectionPlannedOn { get; private set; }

    /// <summary>The day the inspection visit took place (null until its findings are recorded).</summary>
    public DateOnly? InspectedOn { get; private set; }

    /// <summary>What the inspector found on the visit, normalized.</summary>
    public string? InspectionFindings { get; private set; }

    public string? ReturnComment { get; private set; }

    public IReadOnlyList<DeclarationEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>
    /// The people the declaration is bound to, for separation of duties: the manager who sent it, the cooperative's
    /// managers (by national code, from the registry) and who took each step.
    /// </summary>
    public CaseParties PartiesWith(IEnumerable<string> managerNationalCodes) => new(
        Events.FirstOrDefault(e => e.Action == DeclarationAction.Submit)?.ActorUserId,
        managerNationalCodes.Where(c => !string.IsNullOrEmpty(c)).ToHashSet(StringComparer.Ordinal),
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    public bool IsEditable => Status is DeclarationStatus.Draft or DeclarationStatus.ReturnedForCorrection;

    public const string InspectorsReportKind = "InspectorsReport";

    public static SelfDeclaration Start(Guid cooperativeId, int provinceId, int? countyId, int fiscalYear, DeclarationContent preFilled, long? previousYearNetProfitOrLoss, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(preFilled);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new SelfDeclaration
        {
            Id = Guid.NewGuid(),
            CooperativeId = cooperativeId,
            ProvinceId = provinceId,
            CountyId = countyId,
            FiscalYear = fiscalYear,
            Status = DeclarationStatus.Draft,
            Content = preFilled,
            PreviousYearNetProfitOrLoss = previousYearNetProfitOrLoss,
            CreatedByUserId = userId,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    /// <summary>Saves a section's answers (any state of completeness) and whether the manager confirms it.</summary>
    public void SaveSection(DeclarationSection section, DeclarationContent content, bool confirmed, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureEditable();
        Content = DeclarationMerge.Take(Content, content, section);
        ConfirmedSections = ConfirmedSections.Where(s => s != section).Concat(confirmed ? [section] : []).Order().ToList();
        Started(section);
        Changed(nowUtc);
    }

    /// <summary>
    /// Where each section stands for the task list: completed once the manager has confirmed it and nothing in it is
    /// missing or wrong; needs correction when confirmed but something is; in progress once saved; else not started.
    /// </summary>
    public IReadOnlyDictionary<DeclarationSection, SectionStatus> SectionStatuses(IReadOnlyList<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return DeclarationSectionText.All.ToDictionary(section => section, section =>
        {
            var clean = !problems.Any(p => DeclarationSectionText.SectionOf(p.Field) == section && p.Field != "Section." + section);
            return ConfirmedSections.Contains(section) ? (clean ? SectionStatus.Completed : SectionStatus.NeedsCorrection)
                : StartedSections.Contains(section) ? SectionStatus.InProgress
                : SectionStatus.NotStarted;
        });
    }

    public AttachedFile AttachInspectorsReport(string fileName, string contentType, long size, string sha256, string storageKey, DateTime nowUtc)
    {
        EnsureEditable();
        var file = new AttachedFile(Guid.NewGuid(), InspectorsReportKind, fileName, contentType, size, sha256, storageKey, nowUtc);
        Files = [.. Files, file];
        Started(DeclarationSection.InspectorsReport);
        Changed(nowUtc);
        return file;
    }

    public AttachedFile RemoveFile(Guid fileId, DateTime nowUtc)
    {
        EnsureEditable();
        var file = Files.SingleOrDefault(f => f.Id == fileId) ?? throw new DomainException("این فایل در این خوداظهاری نیست.");
        Files = Files.Where(f => f.Id != fileId).ToList();
        Started(DeclarationSection.InspectorsReport);
        Changed(nowUtc);
        return file;
    }

    public bool HasInspectorsReport => Files.Any(f => f.Kind == InspectorsReportKind);

    /// <summary>
    /// The facts the risk rules read, as of the submission day: what the declaration says, and what the registry records
    /// (<paramref name="registry"/>, gathered by the application layer at that moment).
    /// </summary>
    public DeclarationFacts Facts(DateOnly? submittedOn, RegistryFacts registry) => new(
        FiscalYear,
        submittedOn,
        Content.MembersTotal,
        Content.OrdinaryAssemblyHeldOn,
        RegistryFacts.TermsEndOn(Content.Officers, Registry.OfficerRole.BoardMember),
        RegistryFacts.TermsEndOn(Content.Officers, Registry.OfficerRole.Inspector),
        HasInspectorsReport,
        Content.TotalAssets,
        Content.TotalLiabilities,
        Content.Equity,
        Content.NetProfitOrLoss,
        PreviousYearNetProfitOrLoss,
        registry);

    /// <summary>
    /// Submits (or resubmits after correction) once every rule holds, with the manager's declaration of truth given at
    /// the same time: <paramref name="truthDeclared"/> ticked on the check-answers page, for the
    /// <paramref name="checkedRevision"/> that page showed. Refused without the declaration, and when the declaration
    /// has changed since that page was read (the declaration would not certify what is sent). The risk is assessed as
    /// of <paramref name="today"/>, with what the registry records then (<paramref name="registry"/>).
    /// </summary>
    public void Submit(string userId, bool truthDeclared, int checkedRevision, string receiptNumber, RiskSettings settings, RegistryFacts registry, DateOnly today, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(registry);
        EnsureEditableOrMove();
        if (!truthDeclared)
        {
            throw new DomainException(TruthNotDeclared);
        }

        if (checkedRevision != Revision)
        {
            throw new DomainException(ChangedSinceChecked);
        }

        var problems = DeclarationValidator.Validate(this, today);
        if (problems.Count > 0)
        {
            throw new DomainException("خوداظهاری هنوز کامل نیست: " + problems[0].Message);
        }

        var action = Status == DeclarationStatus.ReturnedForCorrection ? DeclarationAction.Resubmit : DeclarationAction.Submit;
        var assessment = RiskRules.Assess(Facts(today, registry), settings, today);
        Move(action, userId, null, nowUtc);
        ReceiptNumber ??= receiptNumber;
        SubmittedByUserId = userId;
        SubmittedAtUtc = nowUtc;
        RiskTotal = assessment.Total;
        RiskBand = assessment.Band;
        RiskFindings = assessment.Findings;
        ReturnComment = null;
        TruthDeclared = true;
    }

    public void SendBack(string reviewerUserId, string comment, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("برای بازگرداندن خوداظهاری، اصلاحات لازم را بنویسید.");
        }

        ReturnComment = FieldLengths.Ensure(PersianText.Normalize(comment), FieldLengths.ReturnComment);
        Move(DeclarationAction.SendBack, reviewerUserId, ReturnComment, nowUtc);
        TruthDeclared = false;
    }

    public void PlanInspection(string reviewerUserId, DateOnly plannedOn, string? comment, DateOnly today, DateTime nowUtc)
    {
        if (plannedOn < today)
        {
            throw new DomainException("تاریخ بازدید نظارتی نمی‌تواند گذشته باشد.");
        }

        var note = $"تاریخ بازدید: {PersianDigits.ToPersian(JalaliDate.Format(plannedOn))}" + (string.IsNullOrWhiteSpace(comment) ? string.Empty : "؛ " + PersianText.Normalize(comment));
        Move(DeclarationAction.PlanInspection, reviewerUserId, note, nowUtc);
        InspectionPlannedOn = plannedOn;
    }

    /// <summary>
    /// Records the planned visit as done: the day it took place (not in the future, not before the declaration was
    /// submitted) and the findings (at least <see cref="MinimumFindingsLength"/> characters).
    /// </summary>
    public void RecordInspection(string reviewerUserId, DateOnly visitedOn, string findings, DateOnly today, DateTime nowUtc)
    {
        var text = PersianText.Normalize(findings ?? string.Empty).Trim();
        if (text.Length < MinimumFindingsLength)
        {
            throw new DomainException($"یافته‌های بازدید را دست‌کم در {PersianDigits.ToPersian(MinimumFindingsLength.ToString(System.Globalization.CultureInfo.InvariantCulture))} نویسه بنویسید.");
        }

        FieldLengths.Ensure(text, FieldLengths.InspectionFindings);

        if (visitedOn > today)
        {
            throw new DomainException("تاریخ انجام بازدید نمی‌تواند در آینده باشد.");
        }

        if (SubmittedAtUtc is { } submitted && visitedOn < DateOnly.FromDateTime(submitted).AddDays(-1))
        {
            throw new DomainException("تاریخ انجام بازدید نمی‌تواند پیش از ارسال خوداظهاری باشد.");
        }

        Move(DeclarationAction.RecordInspection, reviewerUserId, $"تاریخ انجام بازدید: {PersianDigits.ToPersian(JalaliDate.Format(visitedOn))}؛ {text}", nowUtc);
        InspectedOn = visitedOn;
        InspectionFindings = text;
    }

    public const int MinimumFindingsLength = 10;

    public void Accept(string reviewerUserId, string? comment, DateTime nowUtc) =>
        Move(DeclarationAction.Accept, reviewerUserId, string.IsNullOrWhiteSpace(comment) ? null : PersianText.Normalize(comment), nowUtc);

    private void Move(DeclarationAction action, string actor, string? comment, DateTime nowUtc)
    {
        var from = Status;
        Status = Workflow.Move(from, action);
        _events.Add(new DeclarationEvent(nowUtc, actor, action, from, Status, comment));
        Raise(new DeclarationStepTaken(this, action, from, Status, actor, nowUtc));
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A declaration that is not editable is refused by the workflow table's own words (sent already, ...).</summary>
    private void EnsureEditableOrMove()
    {
        if (!IsEditable)
        {
            Workflow.Move(Status, Status == DeclarationStatus.ReturnedForCorrection ? DeclarationAction.Resubmit : DeclarationAction.Submit);
        }
    }

    private void Started(DeclarationSection section) =>
        StartedSections = StartedSections.Where(s => s != section).Append(section).Order().ToList();

    private void Changed(DateTime nowUtc)
    {
        Revision++;
        UpdatedAtUtc = nowUtc;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(NotEditable);
        }
    }
}
