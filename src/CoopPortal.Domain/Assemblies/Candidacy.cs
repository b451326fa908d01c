using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// A person standing for a post at a general assembly that elects it (principal or alternate board member, principal or
/// alternate inspector): registered by the candidate, signed in with their proven national code, with their documents.
/// The province office checks it against <see cref="EligibilityRules"/> and approves or refuses it with a reason; the
/// findings it saw are kept with the decision.
/// </summary>
public sealed class Candidacy : AggregateRoot
{
    public const string NotEditable = "این نامزدی دیگر قابل ویرایش نیست.";

    /// <summary>Who may do what: the office decides, the candidate may stand down until the meeting.</summary>
    public static StateMachine<CandidacyStatus, CandidacyAction> Workflow { get; } = new(
        [
            new(CandidacyStatus.Registered, CandidacyAction.Approve, CandidacyStatus.Approved, CaseActors.Office),
            new(CandidacyStatus.Registered, CandidacyAction.Refuse, CandidacyStatus.Refused, CaseActors.Office),
            new(CandidacyStatus.Registered, CandidacyAction.Withdraw, CandidacyStatus.Withdrawn, CaseActors.Owner),
            new(CandidacyStatus.Approved, CandidacyAction.Withdraw, CandidacyStatus.Withdrawn, CaseActors.Owner),
        ],
        (from, action) => (from, action) switch
        {
            (CandidacyStatus.Withdrawn, _) => "این نامزد انصراف داده است.",
            (_, CandidacyAction.Approve or CandidacyAction.Refuse) => "درباره صلاحیت این نامزد پیش‌تر تصمیم گرفته شده است.",
            (CandidacyStatus.Refused, CandidacyAction.Withdraw) => "صلاحیت این نامزد تأیید نشده است؛ انصراف لازم نیست.",
            _ => $"این کار در وضعیت «{CandidacyText.Title(from)}» ممکن نیست.",
        });

    private readonly List<CandidacyEvent> _events = [];

    private Candidacy()
    {
    }

    public Guid Id { get; private set; }

    public Guid AssemblyId { get; private set; }

    public Guid CooperativeId { get; private set; }

    public int ProvinceId { get; private set; }

    /// <summary>The assembly's county (a county office's scope, ADR 0026).</summary>
    public int? CountyId { get; private set; }

    /// <summary>The candidate's account (who registered and may withdraw).</summary>
    public string CandidateUserId { get; private set; } = string.Empty;

    public string NationalCode { get; private set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    public OfficerRole Post { get; private set; }

    public CandidacyStatus Status { get; private set; }

    public IReadOnlyList<AttachedFile> Files { get; private set; } = [];

    /// <summary>What the rules found when the office decided (kept as it was then).</summary>
    public IReadOnlyList<EligibilityFinding> Findings { get; private set; } = [];

    /// <summary>The office's reason for a refusal (shown to the candidate and the manager).</summary>
    public string? DecisionReason { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyList<CandidacyEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>The candidate is bound to it (nobody decides their own candidacy), and who took each step.</summary>
    public CaseParties Parties => new(
        CandidateUserId,
        new HashSet<string>([NationalCode], StringComparer.Ordinal),
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    public bool IsOpen => Status is CandidacyStatus.Registered or CandidacyStatus.Approved;

    /// <summary>
    /// Registers the signed-in person as a candidate for <paramref name="post"/>; the assembly says whether it takes
    /// candidates for it now (<see cref="GeneralAssembly.CandidacyRefusal"/>), the caller that the person has not
    /// already stood for it.
    /// </summary>
    public static Candidacy Register(GeneralAssembly assembly, OfficerRole post, string userId, string nationalCode, string fullName, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(nationalCode);
        if (assembly.CandidacyRefusal(post, today) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        return new Candidacy
        {
            Id = Guid.NewGuid(),
            AssemblyId = assembly.Id,
            CooperativeId = assembly.CooperativeId,
            ProvinceId = assembly.ProvinceId,
            CountyId = assembly.CountyId,
            CandidateUserId = userId,
            NationalCode = nationalCode,
            FullName = FieldLengths.Fit(PersianText.Normalize(fullName), FieldLengths.PersonName),
            Post = post,
            Status = CandidacyStatus.Registered,
            RegisteredAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    public AttachedFile AttachFile(CandidateFileKind kind, string fileName, string contentType, long size, string sha256, string storageKey, DateTime nowUtc)
    {
        EnsureEditable();
        var file = new AttachedFile(Guid.NewGuid(), kind.ToString(), fileName, contentType, size, sha256, storageKey, nowUtc);
        Files = [.. Files, file];
        UpdatedAtUtc = nowUtc;
        return file;
    }

    public AttachedFile RemoveFile(Guid fileId, DateTime nowUtc)
    {
        EnsureEditable();
        var file = Files.SingleOrDefault(f => f.Id == fileId) ?? throw new DomainException("این فایل در این نامزدی نیست.");
        Files = Files.Where(f => f.Id != fileId).ToList();
        UpdatedAtUtc = nowUtc;
        return file;
    }

    /// <summary>The kinds of document uploaded so far (for <see cref="CandidateFacts.Files"/>).</summary>
    public IReadOnlyCollection<CandidateFileKind> FileKinds =>
        Files.Select(f => Enum.TryParse<CandidateFileKind>(f.Kind, out var kind) ? kind : (CandidateFileKind?)null).OfType<CandidateFileKind>().ToHashSet();

    /// <summary>
    /// The office approves: refused while a rule bars the candidate (the findings are the rules run now, with the
    /// registry as it is).
    /// </summary>
    public void Approve(string reviewerUserId, IReadOnlyList<EligibilityFinding> findings, DateTime nowUtc)
    {
        EnsureAllowed(CandidacyAction.Approve);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.FirstOrDefault(f => f.Verdict == EligibilityVerdict.NotEligible) is { } bar)
        {
            throw new DomainException($"این نامزد با قاعده {bar.RuleId} واجد شرایط نیست: {bar.Evidence}.");
        }

        Findings = findings;
        DecisionReason = null;
        Move(CandidacyAction.Approve, reviewerUserId, null, nowUtc);
    }

    /// <summary>The office refuses, with a reason the candidate and the manager read.</summary>
    public void Refuse(string reviewerUserId, string reason, IReadOnlyList<EligibilityFinding> findings, DateTime nowUtc)
    {
        EnsureAllowed(CandidacyAction.Refuse);
        ArgumentNullException.ThrowIfNull(findings);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("دلیل رد صلاحیت را بنویسید؛ نامزد و مدیر تعاونی آن را می‌بینند.");
        }

        Findings = findings;
        DecisionReason = FieldLengths.Ensure(PersianText.Normalize(reason).Trim(), FieldLengths.ReturnComment);
        Move(CandidacyAction.Refuse, reviewerUserId, DecisionReason, nowUtc);
    }

    public void Withdraw(string userId, DateTime nowUtc) => Move(CandidacyAction.Withdraw, userId, null, nowUtc);

    private void Move(CandidacyAction action, string actor, string? comment, DateTime nowUtc)
    {
        var from = Status;
        Status = Workflow.Move(from, action);
        _events.Add(new CandidacyEvent(nowUtc, actor, action, from, Status, comment));
        Raise(new CandidacyStepTaken(this, action, from, Status, actor, nowUtc));
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Refuses a step the table does not allow from the status before anything is changed.</summary>
    private void EnsureAllowed(CandidacyAction action)
    {
        if (Workflow.Next(Status, action).Refusal is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    private void EnsureEditable()
    {
        if (Status != CandidacyStatus.Registered)
        {
            throw new DomainException(NotEditable);
        }
    }
}
