using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;

namespace CoopPortal.Domain.Liquidation;

/// <summary>
/// The liquidation (تصفیه) of a dissolved cooperative (issue 21, point 2): the liquidators (مدیران تصفیه) named with
/// their terms, the liquidation period, their interim reports and the final report (assets, debts settled, what remained
/// and was distributed); a reviewer sends the final report back or recommends it; the head of office confirms it and the
/// cooperative is struck off the registry (the caller moves the cooperative's status in the same transaction).
/// Started by the office's confirmation of an extraordinary assembly that resolved to dissolve, or by the office for a
/// cooperative whose dissolution the head decided. Named <c>LiquidationCase</c> so it does not share its namespace's name.
/// </summary>
public sealed class LiquidationCase : AggregateRoot
{
    public const string NotALiquidator = "گزارش تصفیه را مدیران تصفیه‌ی همین تعاونی در دوره‌ی خود ثبت می‌کنند.";
    public const string DraftNotEditable = "در این وضعیت گزارشی برای ثبت در دست نیست.";

    /// <summary>
    /// Who may do what. The liquidators serving their term (<see cref="CaseActors.Owner"/>: the derived role
    /// <c>Liquidator</c>) file interim reports and the final report; a reviewer or the head
    /// (<see cref="CaseActors.Office"/>) sends the final report back with a comment or recommends it; the head confirms
    /// it, never whoever started the liquidation or recommended it. A liquidator never decides: the liquidators'
    /// national codes are parties of the case (<see cref="PartiesWith"/>), so no office row is theirs.
    /// </summary>
    public static StateMachine<LiquidationStatus, LiquidationAction> Workflow { get; } = new(
        [
            new(LiquidationStatus.Started, LiquidationAction.FileInterim, LiquidationStatus.InterimReported, CaseActors.Owner),
            new(LiquidationStatus.Started, LiquidationAction.FileFinal, LiquidationStatus.FinalReportFiled, CaseActors.Owner),
            new(LiquidationStatus.InterimReported, LiquidationAction.FileInterim, LiquidationStatus.InterimReported, CaseActors.Owner),
            new(LiquidationStatus.InterimReported, LiquidationAction.FileFinal, LiquidationStatus.FinalReportFiled, CaseActors.Owner),
            new(LiquidationStatus.FinalReportFiled, LiquidationAction.SendBack, LiquidationStatus.ReturnedForCorrection, CaseActors.Office),
            new(LiquidationStatus.FinalReportFiled, LiquidationAction.Recommend, LiquidationStatus.Recommended, CaseActors.Office),
            new(LiquidationStatus.ReturnedForCorrection, LiquidationAction.FileFinal, LiquidationStatus.FinalReportFiled, CaseActors.Owner),
            new(LiquidationStatus.Recommended, LiquidationAction.SendBack, LiquidationStatus.ReturnedForCorrection, Roles.HeadOfOffice, NotBy: [LiquidationAction.Recommend]),
            new(LiquidationStatus.Recommended, LiquidationAction.Confirm, LiquidationStatus.StruckOff, Roles.HeadOfOffice, NotBy: [LiquidationAction.Start, LiquidationAction.Recommend]),
        ],
        (from, action) => (from, action) switch
        {
            (LiquidationStatus.StruckOff, _) => "تعاونی از دفتر ثبت حذف شده است و این تصفیه پایان یافته است.",
            (_, LiquidationAction.Start) => "این تصفیه پیش‌تر آغاز شده است.",
            (LiquidationStatus.FinalReportFiled or LiquidationStatus.Recommended, LiquidationAction.FileInterim or LiquidationAction.FileFinal)
                => "گزارش نهایی ثبت شده و در دست بررسی اداره است.",
            (LiquidationStatus.ReturnedForCorrection, LiquidationAction.FileInterim) => "گزارش نهایی برای اصلاح بازگشته است؛ همان را اصلاح و دوباره ثبت کنید.",
            (_, LiquidationAction.SendBack or LiquidationAction.Recommend) => "گزارش نهایی تصفیه در انتظار بررسی کارشناس نیست.",
            (_, LiquidationAction.Confirm) => "گزارش نهایی هنوز به پیشنهاد کارشناس نرسیده است.",
            _ => $"این کار در وضعیت «{LiquidationText.Title(from)}» ممکن نیست.",
        });

    private readonly List<LiquidationEvent> _events = [];

    private LiquidationCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    public string CooperativeName { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    public int? CountyId { get; private set; }

    public LiquidationSource Source { get; private set; }

    /// <summary>The extraordinary assembly whose resolution started it (voluntary dissolution).</summary>
    public Guid? GeneralAssemblyId { get; private set; }

    /// <summary>The member of the office who started it (confirmed the assembly, or named the liquidators).</summary>
    public string StartedByUserId { get; private set; } = string.Empty;

    public LiquidationStatus Status { get; private set; }

    /// <summary>The liquidation period (Iran days).</summary>
    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>The liquidators in the order named (one JSON value).</summary>
    public IReadOnlyList<Liquidator> Liquidators { get; private set; } = [];

    /// <summary>The liquidators' national codes, a column of its own so a person's liquidations are found by index.</summary>
    public IReadOnlyList<string> LiquidatorCodes { get; private set; } = [];

    /// <summary>The reports filed, oldest first (one JSON value; a filed report never changes).</summary>
    public IReadOnlyList<LiquidationReport> Reports { get; private set; } = [];

    /// <summary>The report being written (saved as typed) and its files.</summary>
    public LiquidationDraft Draft { get; private set; } = LiquidationDraft.Empty;

    public IReadOnlyList<AttachedFile> DraftFiles { get; private set; } = [];

    /// <summary>The comment of the last sending back (shown until the final report is filed again).</summary>
    public string? ReturnComment { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? StruckOffAtUtc { get; private set; }

    public IReadOnlyList<LiquidationEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>True while the liquidators may write a report (nothing of theirs is in the office's hands).</summary>
    public bool IsDraftEditable => Status is LiquidationStatus.Started or LiquidationStatus.InterimReported or LiquidationStatus.ReturnedForCorrection;

    public int InterimCount => Reports.Count(r => r.Kind == LiquidationReportKind.Interim);

    /// <summary>
    /// The people bound to it, for separation of duties: the liquidators and the cooperative's managers (by national
    /// code) never decide; who took each step (the start included).
    /// </summary>
    public CaseParties PartiesWith(IEnumerable<string> managerNationalCodes) => new(
        null,
        Liquidators.Select(l => l.NationalCode).Concat(managerNationalCodes).Where(c => !string.IsNullOrEmpty(c)).ToHashSet(StringComparer.Ordinal),
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    /// <summary>True when the holder of <paramref name="nationalCode"/> is a liquidator serving on <paramref name="today"/>.</summary>
    public bool IsLiquidator(string? nationalCode, DateOnly today) =>
        !string.IsNullOrEmpty(nationalCode) && Liquidators.Any(l => l.NationalCode == nationalCode && l.ServesOn(today));

    /// <summary>
    /// Starts the liquidation of <paramref name="cooperative"/> with its liquidators and period once they meet the rules
    /// (the caller moves the cooperative to «در حال تصفیه» in the same transaction). The history's first line is the start.
    /// </summary>
    public static LiquidationCase Start(
        Cooperative cooperative, LiquidationSource source, Guid? assemblyId, IReadOnlyList<Liquidator> liquidators,
        DateOnly startsOn, DateOnly endsOn, LiquidationRules rules, string startedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentException.ThrowIfNullOrWhiteSpace(startedByUserId);
        var problems = LiquidationChecks.Validate(liquidators, startsOn, endsOn, rules);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message);
        }

        var liquidation = new LiquidationCase
        {
            Id = Guid.NewGuid(),
            CooperativeId = cooperative.Id,
            CooperativeName = cooperative.Name,
            ProvinceId = cooperative.ProvinceId,
            CountyId = cooperative.CountyId,
            Source = source,
            GeneralAssemblyId = assemblyId,
            StartedByUserId = startedByUserId,
            Status = LiquidationStatus.Started,
            StartsOn = startsOn,
            EndsOn = endsOn,
            Liquidators = liquidators.ToList(),
            LiquidatorCodes = liquidators.Select(l => l.NationalCode).ToList(),
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
        liquidation.Record(LiquidationAction.Start, startedByUserId, LiquidationStatus.Started, null, nowUtc);
        return liquidation;
    }

    /// <summary>Saves the report being written (anything; the rules are checked when it is filed).</summary>
    public void EditDraft(LiquidationDraft draft, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(draft);
        EnsureDraftEditable();
        Draft = draft.Normalized();
        UpdatedAtUtc = nowUtc;
    }

    public AttachedFile AttachFile(string fileName, string contentType, long size, string sha256, string storageKey, DateTime nowUtc)
    {
        EnsureDraftEditable();
        var file = new AttachedFile(Guid.NewGuid(), "Report", fileName, contentType, size, sha256, storageKey, nowUtc);
        DraftFiles = [.. DraftFiles, file];
        UpdatedAtUtc = nowUtc;
        return file;
    }

    public AttachedFile RemoveFile(Guid fileId, DateTime nowUtc)
    {
        EnsureDraftEditable();
        var file = DraftFiles.SingleOrDefault(f => f.Id == fileId) ?? throw new DomainException("این فایل در گزارش در دست نوشتن نیست.");
        DraftFiles = DraftFiles.Where(f => f.Id != fileId).ToList();
        UpdatedAtUtc = nowUtc;
        return file;
    }

    /// <summary>The problems of the report being written, were it filed now as <paramref name="kind"/>.</summary>
    public IReadOnlyList<Registry.FieldProblem> ReportProblems(LiquidationReportKind kind, LiquidationRules rules) =>
        LiquidationChecks.ValidateReport(kind, Draft, DraftFiles, InterimCount, rules);

    /// <summary>
    /// A liquidator serving on <paramref name="today"/> files the report being written as <paramref name="kind"/> once it
    /// meets the rules; it is kept whole and a new one begins.
    /// </summary>
    public LiquidationReport FileReport(
        LiquidationReportKind kind, string userId, string? nationalCode, LiquidationRules rules, DateOnly today, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var action = kind == LiquidationReportKind.Final ? LiquidationAction.FileFinal : LiquidationAction.FileInterim;
        EnsureAllowed(action);
        if (!IsLiquidator(nationalCode, today))
        {
            throw new DomainException(NotALiquidator);
        }

        var problems = ReportProblems(kind, rules);
        if (problems.Count > 0)
        {
            throw new DomainException("گزارش هنوز کامل نیست: " + problems[0].Message);
        }

        var name = Liquidators.First(l => l.NationalCode == nationalCode).FullName;
        var final = kind == LiquidationReportKind.Final;
        var report = new LiquidationReport(
            Guid.NewGuid(), kind, Draft.Text!, final ? Draft.Assets : null, final ? Draft.DebtsSettled : null, final ? Draft.RemainingDistributed : null,
            DraftFiles, userId, name, nowUtc);
        Reports = [.. Reports, report];
        Draft = LiquidationDraft.Empty;
        DraftFiles = [];
        ReturnComment = null;
        Move(action, userId, null, nowUtc);
        return report;
    }

    /// <summary>A reviewer (or the head, after a recommendation) sends the final report back with what to correct.</summary>
    public void SendBack(string userId, string comment, DateTime nowUtc)
    {
        EnsureAllowed(LiquidationAction.SendBack);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("برای بازگرداندن گزارش نهایی، اصلاحات لازم را بنویسید.");
        }

        ReturnComment = FieldLengths.Ensure(PersianText.Normalize(comment).Trim(), FieldLengths.ReturnComment);
        var last = Reports.Last(r => r.Kind == LiquidationReportKind.Final);

        // The returned report comes back as the draft, so the liquidators correct it rather than type it again.
        Draft = new LiquidationDraft(last.Text, last.Assets, last.DebtsSettled, last.RemainingDistributed);
        DraftFiles = last.Files;
        Move(LiquidationAction.SendBack, userId, ReturnComment, nowUtc);
    }

    public void Recommend(string userId, string? note, DateTime nowUtc)
    {
        EnsureAllowed(LiquidationAction.Recommend);
        Move(LiquidationAction.Recommend, userId, PersianText.Normalize(note).Trim() is { Length: > 0 } t ? FieldLengths.Fit(t, FieldLengths.ReturnComment) : null, nowUtc);
    }

    /// <summary>The head confirms the final report: the liquidation ends (the caller strikes the cooperative off).</summary>
    public void Confirm(string userId, DateTime nowUtc)
    {
        EnsureAllowed(LiquidationAction.Confirm);
        Move(LiquidationAction.Confirm, userId, null, nowUtc);
        StruckOffAtUtc = nowUtc;
    }

    private void EnsureAllowed(LiquidationAction action)
    {
        if (Workflow.Next(Status, action).Refusal is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    private void EnsureDraftEditable()
    {
        if (!IsDraftEditable)
        {
            throw new DomainException(DraftNotEditable);
        }
    }

    private void Move(LiquidationAction action, string actor, string? comment, DateTime nowUtc)
    {
        var from = Status;
        var to = Workflow.Move(from, action);
        Status = to;
        _events.Add(new LiquidationEvent(nowUtc, actor, action, from, to, comment, Workflow.IsShownToApplicant(from, action)));
        Raise(new LiquidationStepTaken(this, action, from, to, actor, nowUtc));
        UpdatedAtUtc = nowUtc;
    }

    private void Record(LiquidationAction action, string actor, LiquidationStatus to, string? comment, DateTime nowUtc)
    {
        _events.Add(new LiquidationEvent(nowUtc, actor, action, to, to, comment, isPublic: true));
        Raise(new LiquidationStepTaken(this, action, to, to, actor, nowUtc));
    }
}
