using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Inspection;

/// <summary>
/// An inspector's report (گزارش بازرس) on a cooperative's fiscal year, written in the portal by one of its inspectors
/// (issue 20): the legal books, the financial statements checked, compliance with the bylaws, the assembly's resolutions
/// carried out, the findings and the opinion. The inspector signs it by sending it; from then on it is read-only for
/// everyone. One report per cooperative, fiscal year and inspector (by national code).
/// </summary>
public sealed class InspectorReport : AggregateRoot
{
    public const string NotEditable = "گزارش بازرس پس از امضا و ارسال تغییر نمی‌کند.";

    /// <summary>Separation of duties (eligibility rule E02): an inspector who manages the cooperative does not report on it.</summary>
    public const string ConflictingPost = "شما مدیرعامل یا عضو هیئت مدیره همین تعاونی هستید؛ بازرس نمی‌تواند گزارش بازرسی تعاونی‌ای را بنویسد که در آن سمت اجرایی دارد (قاعده E02: هیچ‌کس هم‌زمان عضو هیئت مدیره و بازرس یک تعاونی نیست).";

    /// <summary>
    /// Who may do what: the inspector who wrote the report (the owner) signs it by sending it. Nothing follows: a sent
    /// report is final; the managers and the office read it.
    /// </summary>
    public static StateMachine<InspectorReportStatus, InspectorReportAction> Workflow { get; } = new(
        [
            new(InspectorReportStatus.Draft, InspectorReportAction.Submit, InspectorReportStatus.Submitted, CaseActors.Owner),
        ],
        (from, action) => (from, action) switch
        {
            (InspectorReportStatus.Submitted, _) => "این گزارش پیش‌تر امضا و ارسال شده است و تغییر نمی‌کند.",
            _ => $"این کار در وضعیت «{InspectorReportText.Title(from)}» ممکن نیست.",
        });

    private readonly List<InspectorReportEvent> _events = [];

    private InspectorReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    public string CooperativeName { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    public int FiscalYear { get; private set; }

    /// <summary>The inspector's account (the owner of the case).</summary>
    public string InspectorUserId { get; private set; } = string.Empty;

    /// <summary>The inspector's proven national code when the report was started (one report per year per code).</summary>
    public string InspectorNationalCode { get; private set; } = string.Empty;

    public string InspectorName { get; private set; } = string.Empty;

    public InspectorReportStatus Status { get; private set; }

    public InspectorReportContent Content { get; private set; } = InspectorReportContent.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>The day (Iran) it was signed and sent: what the declaration's risk rule R04 names.</summary>
    public DateOnly? SubmittedOn { get; private set; }

    public IReadOnlyList<InspectorReportEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    public bool IsEditable => Status == InspectorReportStatus.Draft;

    /// <summary>The people bound to it, for separation of duties: the inspector who filed it and who took each step.</summary>
    public CaseParties Parties => new(
        InspectorUserId,
        new HashSet<string>(StringComparer.Ordinal) { InspectorNationalCode },
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    /// <summary>
    /// Why the holder of <paramref name="nationalCode"/> may not report on the cooperative, or null: one of its managers
    /// (CEO, board) or a member of its board, principal or alternate, is not its inspector too (E02).
    /// </summary>
    public static string? ConflictRefusal(Cooperative cooperative, string nationalCode)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        var conflicting = cooperative.Managers.Any(m => m.NationalCode == nationalCode)
            || cooperative.Officers.Any(o => o.NationalCode == nationalCode && o.Role is OfficerRole.Ceo or OfficerRole.BoardMember or OfficerRole.AlternateBoardMember);
        return conflicting ? ConflictingPost : null;
    }

    /// <summary>Starts the report of a fiscal year by an inspector of the cooperative (the caller checks the term).</summary>
    public static InspectorReport Start(Cooperative cooperative, int fiscalYear, string inspectorUserId, string nationalCode, string inspectorName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectorUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(nationalCode);
        if (ConflictRefusal(cooperative, nationalCode) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        return new InspectorReport
        {
            Id = Guid.NewGuid(),
            CooperativeId = cooperative.Id,
            CooperativeName = cooperative.Name,
            ProvinceId = cooperative.ProvinceId,
            FiscalYear = fiscalYear,
            InspectorUserId = inspectorUserId,
            InspectorNationalCode = nationalCode,
            InspectorName = PersianText.Normalize(inspectorName),
            Status = InspectorReportStatus.Draft,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    /// <summary>Saves the report as written (a draft may hold anything; the rules are checked when it is sent).</summary>
    public void Edit(InspectorReportContent content, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsEditable)
        {
            throw new DomainException(NotEditable);
        }

        Content = content.Normalized();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>
    /// The inspector signs and sends the report once every rule holds; refused when the inspector holds a conflicting
    /// post in the cooperative now (E02). From then on nothing changes it.
    /// </summary>
    public void Submit(string userId, Cooperative cooperative, DateOnly today, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (Workflow.Next(Status, InspectorReportAction.Submit).Refusal is { } refused)
        {
            throw new DomainException(refused);
        }

        if (userId != InspectorUserId)
        {
            throw new DomainException("گزارش را بازرسی که آن را نوشته است امضا و ارسال می‌کند.");
        }

        if (ConflictRefusal(cooperative, InspectorNationalCode) is { } conflict)
        {
            throw new DomainException(conflict);
        }

        var problems = InspectorReportRules.Validate(Content);
        if (problems.Count > 0)
        {
            throw new DomainException("گزارش هنوز کامل نیست: " + problems[0].Message);
        }

        var from = Status;
        Status = Workflow.Move(from, InspectorReportAction.Submit);
        _events.Add(new InspectorReportEvent(nowUtc, userId, InspectorReportAction.Submit, from, Status, null, Workflow.IsShownToApplicant(from, InspectorReportAction.Submit)));
        Raise(new InspectorReportStepTaken(this, InspectorReportAction.Submit, from, Status, userId, nowUtc));
        SubmittedAtUtc = nowUtc;
        SubmittedOn = today;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Where each section stands for the inspector's list: not started, in progress, or completed.</summary>
    public IReadOnlyDictionary<InspectorReportSection, SectionStatus> SectionStatuses(IReadOnlyList<Registry.FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var c = Content;
        var started = new Dictionary<InspectorReportSection, bool>
        {
            [InspectorReportSection.Books] = c.BooksKept is not null || c.BooksRemarks is not null,
            [InspectorReportSection.Statements] = c.TotalAssets is not null || c.TotalLiabilities is not null || c.Equity is not null || c.NetProfitOrLoss is not null || c.StatementsRemarks is not null,
            [InspectorReportSection.Bylaws] = c.BylawsComplied is not null || c.BylawsRemarks is not null,
            [InspectorReportSection.Resolutions] = c.ResolutionsCarriedOut is not null || c.ResolutionsRemarks is not null,
            [InspectorReportSection.Findings] = c.Findings.Count > 0,
            [InspectorReportSection.Opinion] = c.Opinion is not null || c.OpinionBasis is not null,
        };
        return Enum.GetValues<InspectorReportSection>().ToDictionary(
            s => s,
            s => problems.Any(p => InspectorReportRules.SectionOf(p.Field) == s)
                ? (started[s] ? SectionStatus.InProgress : SectionStatus.NotStarted)
                : SectionStatus.Completed);
    }
}
