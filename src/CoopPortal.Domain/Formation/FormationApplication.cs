using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// A request to form a cooperative: the aggregate that guards its own state. A draft can be saved in any state of
/// completeness (nothing typed is lost); submission happens only when <see cref="FormationValidator"/> finds no
/// problem; after that, changes go through <see cref="ApplicationWorkflow"/> and leave a line in the history.
/// </summary>
public sealed class FormationApplication : AggregateRoot
{
    public const string NotEditable = "این درخواست در وضعیت فعلی قابل ویرایش نیست.";
    public const string SectionNotReturned = "این بخش برای اصلاح بازگردانده نشده است و قابل ویرایش نیست.";

    private readonly List<ProposedName> _names = [];
    private readonly List<Member> _members = [];
    private readonly List<ApplicationDocument> _documents = [];
    private readonly List<ApplicationEvent> _events = [];
    private readonly List<CorrectionRequest> _corrections = [];

    private FormationApplication()
    {
    }

    public Guid Id { get; private set; }

    public string ApplicantUserId { get; private set; } = string.Empty;

    /// <summary>The applicant's national code: they must be one of the members.</summary>
    public string ApplicantNationalCode { get; private set; } = string.Empty;

    /// <summary>The short code given at submission (null for a draft).</summary>
    public string? TrackingCode { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public CooperativeDetails Details { get; private set; } = CooperativeDetails.Empty;

    public IReadOnlyList<ProposedName> ProposedNames => _names.OrderBy(n => n.Rank).ToList();

    /// <summary>The members in the order they were added.</summary>
    public IReadOnlyList<Member> Members => _members.OrderBy(m => m.Position).ToList();

    public IReadOnlyList<ApplicationDocument> Documents => _documents.OrderBy(d => d.UploadedAtUtc).ToList();

    public IReadOnlyList<ApplicationEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>
    /// The people the application is bound to, for separation of duties: its applicant, its members (by national code)
    /// and who took each step. The members must be loaded for the rule to see them.
    /// </summary>
    public CaseParties Parties => new(
        ApplicantUserId,
        _members.Select(m => m.NationalCode).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal),
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    public IReadOnlyList<CorrectionRequest> Corrections => _corrections;

    public bool DeclarationAccepted { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>When it was last submitted or resubmitted: the reviewers' clock starts here.</summary>
    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>When the application was first submitted (resubmissions after correction keep it).</summary>
    public DateTime? FirstSubmittedAtUtc { get; private set; }

    /// <summary>When the office's final decision (approval or rejection) was made.</summary>
    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>When the application entered its current status: the start of the workflow step it is in.</summary>
    public DateTime StatusSinceUtc { get; private set; }

    /// <summary>The reviewer who claimed it, while under review.</summary>
    public string? ClaimedByUserId { get; private set; }

    /// <summary>When the head of office was told it is overdue (once per application).</summary>
    public DateTime? EscalatedAtUtc { get; private set; }

    /// <summary>
    /// Marks the application as escalated and raises <see cref="ApplicationEscalated"/>; false when it already was (the
    /// heads are told once).
    /// </summary>
    public bool MarkEscalated(DateTime nowUtc)
    {
        if (EscalatedAtUtc is not null)
        {
            return false;
        }

        EscalatedAtUtc = nowUtc;
        Raise(new ApplicationEscalated(this, nowUtc));
        return true;
    }

    /// <summary>How many times it has been sent back (the current correction round).</summary>
    public int CorrectionRound { get; private set; }

    /// <summary>How many times it has been submitted; each submission is kept as a version.</summary>
    public int SubmissionCount { get; private set; }

    public CapitalPlan Capital => CapitalPlan.From(_members);

    /// <summary>The province whose office decides: the one the cooperative will work in.</summary>
    public int? ProvinceId => Details.ProvinceId;

    public static FormationApplication Start(string applicantUserId, string applicantNationalCode, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicantUserId);
        return new FormationApplication
        {
            Id = Guid.NewGuid(),
            ApplicantUserId = applicantUserId,
            ApplicantNationalCode = Common.PersianDigits.DigitsOnly(applicantNationalCode) ?? applicantNationalCode,
            Status = ApplicationStatus.Draft,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            StatusSinceUtc = nowUtc,
        };
    }

    /// <summary>The sections sent back in the current correction round.</summary>
    public IReadOnlySet<ApplicationSection> SectionsToCorrect => Status == ApplicationStatus.ReturnedForCorrection
        ? _corrections.Where(c => c.Round == CorrectionRound).Select(c => c.Section).ToHashSet()
        : new HashSet<ApplicationSection>();

    /// <summary>
    /// A draft is editable everywhere; an application sent back only in the sections sent back, in the sections that
    /// depend on them (members and capital go together, since shares are typed with the members; a change of members
    /// may change the founders board and the documents needed; a change of orientation may need a licence), and in
    /// the declaration, which must be given again. Without the dependants a correction could not be completed.
    /// </summary>
    public bool CanEdit(ApplicationSection section)
    {
        if (Status == ApplicationStatus.Draft)
        {
            return true;
        }

        if (Status != ApplicationStatus.ReturnedForCorrection)
        {
            return false;
        }

        var sent = SectionsToCorrect;
        var members = sent.Contains(ApplicationSection.Members) || sent.Contains(ApplicationSection.Capital);
        return section switch
        {
            ApplicationSection.Declaration => true,
            ApplicationSection.Members or ApplicationSection.Capital => members,
            ApplicationSection.FoundersBoard => members || sent.Contains(ApplicationSection.FoundersBoard),
            ApplicationSection.Documents => members || sent.Contains(ApplicationSection.Cooperative) || sent.Contains(ApplicationSection.Documents),
            _ => sent.Contains(section),
        };
    }

    public void UpdateDetails(CooperativeDetails details, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable(ApplicationSection.Cooperative);
        Details = details;
        Touch(nowUtc);
    }

    /// <summary>Replaces the proposed names, in order of preference. Trailing blanks are dropped; blanks between names stay (and are reported).</summary>
    public void SetProposedNames(IReadOnlyList<string?> names, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(names);
        EnsureEditable(ApplicationSection.Names);
        var kept = names.Select(n => n ?? string.Empty).ToList();
        while (kept.Count > 0 && string.IsNullOrWhiteSpace(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        _names.Clear();
        _names.AddRange(kept.Select((name, index) => new ProposedName(index + 1, name)));
        Touch(nowUtc);
    }

    public Member AddMember(MemberDetails details, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable(ApplicationSection.Members);
        var member = new Member(Guid.NewGuid(), _members.Count == 0 ? 1 : _members.Max(m => m.Position) + 1, details);
        _members.Add(member);
        Touch(nowUtc);
        return member;
    }

    public void UpdateMember(Guid memberId, MemberDetails details, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable(ApplicationSection.Members);
        FindMember(memberId).Apply(details);
        Touch(nowUtc);
    }

    public void RemoveMember(Guid memberId, DateTime nowUtc)
    {
        EnsureEditable(ApplicationSection.Members);
        _members.Remove(FindMember(memberId));
        Touch(nowUtc);
    }

    /// <summary>Chooses the founders board among the members (exactly three are needed to submit).</summary>
    public void SetFounders(IReadOnlyCollection<Guid> memberIds, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        EnsureEditable(ApplicationSection.FoundersBoard);
        if (memberIds.Any(id => _members.All(m => m.Id != id)))
        {
            throw new DomainException("هیئت مؤسس باید از میان اعضای همین درخواست انتخاب شود.");
        }

        foreach (var member in _members)
        {
            member.IsFounder = memberIds.Contains(member.Id);
        }

        Touch(nowUtc);
    }

    public void SetDeclaration(bool accepted, DateTime nowUtc)
    {
        EnsureEditable(ApplicationSection.Declaration);
        DeclarationAccepted = accepted;
        Touch(nowUtc);
    }

    public ApplicationDocument AttachDocument(DocumentKind kind, string fileName, string contentType, long size, string sha256, string storageKey, DateTime nowUtc)
    {
        EnsureEditable(ApplicationSection.Documents);
        var document = new ApplicationDocument(Guid.NewGuid(), kind, fileName, contentType, size, sha256, storageKey, nowUtc);
        _documents.Add(document);
        Touch(nowUtc);
        return document;
    }

    public ApplicationDocument RemoveDocument(Guid documentId, DateTime nowUtc)
    {
        EnsureEditable(ApplicationSection.Documents);
        var document = _documents.SingleOrDefault(d => d.Id == documentId)
            ?? throw new DomainException("این مدرک در این درخواست نیست.");
        _documents.Remove(document);
        Touch(nowUtc);
        return document;
    }

    /// <summary>The status of each section for the task list, from the current problems.</summary>
    public IReadOnlyDictionary<ApplicationSection, SectionStatus> SectionStatuses(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var toCorrect = SectionsToCorrect;
        return ApplicationSectionText.All.ToDictionary(section => section, section => StatusOf(section, problems, toCorrect));
    }

    /// <summary>
    /// The status of one section, from its problems (those of other sections are ignored). Needs only what that
    /// section is made of: a change to the cooperative's details can show its section's status without the members.
    /// </summary>
    public SectionStatus StatusOfSection(ApplicationSection section, IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return StatusOf(section, problems, SectionsToCorrect);
    }

    private SectionStatus StatusOf(ApplicationSection section, IEnumerable<Problem> problems, IReadOnlySet<ApplicationSection> toCorrect)
    {
        var started = section switch
        {
            ApplicationSection.Cooperative => !Details.IsEmpty,
            ApplicationSection.Names => _names.Count > 0,
            ApplicationSection.Members => _members.Count > 0,
            ApplicationSection.FoundersBoard => _members.Any(m => m.IsFounder),
            ApplicationSection.Capital => _members.Any(m => m.ShareSubscribed is not null),
            ApplicationSection.Documents => _documents.Count > 0,
            ApplicationSection.Declaration => DeclarationAccepted,
            _ => false,
        };
        var clean = problems.All(p => p.Section != section);
        return toCorrect.Contains(section) ? SectionStatus.NeedsCorrection
            : !started && !clean ? SectionStatus.NotStarted
            : clean ? SectionStatus.Completed
            : SectionStatus.InProgress;
    }

    /// <summary>Submits a complete draft. The caller gives a fresh tracking code; the rules are checked again here.</summary>
    public void Submit(ValidationContext context, string trackingCode, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingCode);
        EnsureComplete(context);
        var from = Status;
        Status = Move(WorkflowAction.Submit);
        TrackingCode = trackingCode;
        SubmittedAtUtc = nowUtc;
        FirstSubmittedAtUtc ??= nowUtc;
        SubmissionCount++;
        Record(nowUtc, ApplicantUserId, WorkflowAction.Submit, from, null);
    }

    /// <summary>Sends a corrected application back to the office, once every rule holds again.</summary>
    public void Resubmit(ValidationContext context, DateTime nowUtc)
    {
        EnsureComplete(context);
        var from = Status;
        Status = Move(WorkflowAction.Resubmit);
        SubmittedAtUtc = nowUtc;
        SubmissionCount++;
        Record(nowUtc, ApplicantUserId, WorkflowAction.Resubmit, from, null);
    }

    /// <summary>The applicant withdraws before a decision.</summary>
    public void Withdraw(string reason, DateTime nowUtc)
    {
        var from = Status;
        Status = Move(WorkflowAction.Withdraw);
        ClaimedByUserId = null;
        Record(nowUtc, ApplicantUserId, WorkflowAction.Withdraw, from, string.IsNullOrWhiteSpace(reason) ? null : Common.PersianText.Normalize(reason));
    }

    /// <summary>A reviewer takes the application to review it.</summary>
    public void Claim(string reviewerUserId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerUserId);
        var from = Status;
        Status = Move(WorkflowAction.Claim);
        ClaimedByUserId = reviewerUserId;
        Record(nowUtc, reviewerUserId, WorkflowAction.Claim, from, null);
    }

    /// <summary>The reviewer who claimed it sends it back with at least one comment, each on a section.</summary>
    public void SendBack(string reviewerUserId, IReadOnlyList<(ApplicationSection Section, string? Field, string Comment)> comments, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(comments);
        if (comments.Count == 0 || comments.Any(c => string.IsNullOrWhiteSpace(c.Comment)))
        {
            throw new DomainException("برای بازگرداندن درخواست، دست‌کم یک توضیح برای یکی از بخش‌ها بنویسید.");
        }

        if (ClaimedByUserId != reviewerUserId)
        {
            throw new DomainException("فقط کارشناسی که درخواست را برداشته است می‌تواند درباره آن تصمیم بگیرد.");
        }

        var from = Status;
        Status = Move(WorkflowAction.SendBack);
        CorrectionRound++;
        foreach (var (section, field, comment) in comments)
        {
            _corrections.Add(new CorrectionRequest(Guid.NewGuid(), CorrectionRound, section, field, Common.PersianText.Normalize(comment), reviewerUserId, nowUtc));
        }

        DeclarationAccepted = false;
        ClaimedByUserId = null;
        Record(nowUtc, reviewerUserId, WorkflowAction.SendBack, from, null);
    }

    /// <summary>The head of office gives the application to a reviewer (or to another one).</summary>
    public void Assign(string headUserId, string reviewerUserId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerUserId);
        var from = Status;
        Status = Move(WorkflowAction.Assign);
        ClaimedByUserId = reviewerUserId;
        Record(nowUtc, headUserId, WorkflowAction.Assign, from, null);
    }

    /// <summary>The reviewer who claimed it recommends approval to the head of office.</summary>
    public void Recommend(string reviewerUserId, string? comment, DateTime nowUtc)
    {
        EnsureClaimedBy(reviewerUserId);
        var from = Status;
        Status = Move(WorkflowAction.Recommend);
        Record(nowUtc, reviewerUserId, WorkflowAction.Recommend, from, Clean(comment));
    }

    /// <summary>The head of office approves: the formation approval is issued.</summary>
    public void Approve(string headUserId, DateTime nowUtc)
    {
        var from = Status;
        Status = Move(WorkflowAction.Approve);
        Record(nowUtc, headUserId, WorkflowAction.Approve, from, null);
    }

    /// <summary>The head of office revokes the approval (and with it the certificate), with a reason the applicant sees.</summary>
    public void RevokeApproval(string headUserId, string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("دلیل ابطال موافقت‌نامه را بنویسید.");
        }

        var from = Status;
        Status = Move(WorkflowAction.RevokeApproval);
        Record(nowUtc, headUserId, WorkflowAction.RevokeApproval, from, Clean(reason));
    }

    /// <summary>The head of office returns it to the reviewer with a reason (not to the applicant).</summary>
    public void ReturnToReviewer(string headUserId, string comment, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("برای بازگرداندن به کارشناس، دلیل را بنویسید.");
        }

        var from = Status;
        Status = Move(WorkflowAction.ReturnToReviewer);
        Record(nowUtc, headUserId, WorkflowAction.ReturnToReviewer, from, Clean(comment));
    }

    /// <summary>
    /// Rejects with a reason from the list and an explanation: by the reviewer who claimed it while under review, or by
    /// the head of office once it is recommended (the caller checks the role).
    /// </summary>
    public void Reject(string actorUserId, RejectionReason reason, string explanation, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new DomainException("دلیل رد را توضیح دهید؛ متقاضی آن را می‌بیند.");
        }

        if (Status == ApplicationStatus.UnderReview)
        {
            EnsureClaimedBy(actorUserId);
        }

        var from = Status;
        Status = Move(WorkflowAction.Reject);
        Record(nowUtc, actorUserId, WorkflowAction.Reject, from, $"{reason.Title}: {Clean(explanation)}");
    }

    private void EnsureClaimedBy(string reviewerUserId)
    {
        if (Status == ApplicationStatus.UnderReview && ClaimedByUserId != reviewerUserId)
        {
            throw new DomainException("فقط کارشناسی که درخواست را برداشته است می‌تواند درباره آن تصمیم بگیرد.");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Common.PersianText.Normalize(text);

    private ApplicationStatus Move(WorkflowAction action)
    {
        return ApplicationWorkflow.Machine.Move(Status, action);
    }

    private void EnsureComplete(ValidationContext context)
    {
        var problems = FormationValidator.Validate(this, context);
        if (problems.Count > 0)
        {
            throw new DomainException("درخواست هنوز کامل نیست: " + problems[0].Message);
        }
    }

    private void EnsureEditable(ApplicationSection section)
    {
        if (!CanEdit(section))
        {
            throw new DomainException(Status == ApplicationStatus.ReturnedForCorrection ? SectionNotReturned : NotEditable);
        }
    }

    private Member FindMember(Guid memberId) =>
        _members.SingleOrDefault(m => m.Id == memberId) ?? throw new DomainException("این عضو در این درخواست نیست.");

    private void Touch(DateTime nowUtc) => UpdatedAtUtc = nowUtc;

    /// <summary>Appends the history line of a step; the workflow table says whether the applicant sees it.</summary>
    private void Record(DateTime nowUtc, string actor, WorkflowAction action, ApplicationStatus from, string? comment)
    {
        var isPublic = ApplicationWorkflow.Machine.IsShownToApplicant(from, action);
        _events.Add(new ApplicationEvent(Guid.NewGuid(), nowUtc, actor, action, from, Status, comment, isPublic, StatusSinceUtc));
        Raise(new ApplicationStepTaken(this, action, from, Status, actor, nowUtc));
        if (Status != from)
        {
            StatusSinceUtc = nowUtc;
        }

        if (action is WorkflowAction.Approve or WorkflowAction.Reject)
        {
            DecidedAtUtc = nowUtc;
        }

        Touch(nowUtc);
    }
}
