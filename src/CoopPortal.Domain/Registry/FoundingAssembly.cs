using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Registry;

/// <summary>
/// The first general assembly (مجمع عمومی مؤسس) of an approved formation application, as the applicant records it:
/// date, capital paid, officers, minutes, bylaws and bank certificate. A reviewer of the province confirms it (the
/// cooperative is then registered) or sends it back with a comment. Drafts keep whatever was typed.
/// </summary>
public sealed class FoundingAssembly : AggregateRoot
{
    public const string NotEditable = "صورت‌جلسه مجمع در وضعیت فعلی قابل ویرایش نیست.";

    /// <summary>Who may do what: the applicant submits (again after a send-back), the province office confirms or sends back.</summary>
    public static StateMachine<AssemblyStatus, AssemblyAction> Workflow { get; } = new(
        [
            new(AssemblyStatus.Draft, AssemblyAction.Submit, AssemblyStatus.Submitted, CaseActors.Owner),
            new(AssemblyStatus.ReturnedForCorrection, AssemblyAction.Submit, AssemblyStatus.Submitted, CaseActors.Owner),
            new(AssemblyStatus.Submitted, AssemblyAction.SendBack, AssemblyStatus.ReturnedForCorrection, CaseActors.Office),
            new(AssemblyStatus.Submitted, AssemblyAction.Confirm, AssemblyStatus.Confirmed, CaseActors.Office),
        ],
        (from, action) => (from, action) switch
        {
            (AssemblyStatus.Confirmed, _) => "این مجمع پیش‌تر تأیید شده و تعاونی ثبت شده است.",
            (AssemblyStatus.Submitted, AssemblyAction.Submit) => "این صورت‌جلسه پیش‌تر ارسال شده است.",
            (_, AssemblyAction.SendBack or AssemblyAction.Confirm) => "این صورت‌جلسه در انتظار بررسی نیست.",
            _ => $"این کار در وضعیت «{AssemblyText.Title(from)}» ممکن نیست.",
        });

    private readonly List<AssemblyEvent> _events = [];

    private FoundingAssembly()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string ApplicantUserId { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    /// <summary>The county the application named (a county office's scope, ADR 0026).</summary>
    public int? CountyId { get; private set; }

    public AssemblyStatus Status { get; private set; }

    /// <summary>The day the assembly met.</summary>
    public DateOnly? HeldOn { get; private set; }

    /// <summary>Capital actually paid into the cooperative's bank account, in rials.</summary>
    public long? CapitalPaid { get; private set; }

    /// <summary>The company national ID (شناسه ملی) when already known; ASCII digits or as typed.</summary>
    public string? CompanyNationalId { get; private set; }

    /// <summary>The officers as typed (stored as one JSON value: replaced whole on each save).</summary>
    public IReadOnlyList<OfficerEntry> Officers { get; private set; } = [];

    public IReadOnlyList<AttachedFile> Files { get; private set; } = [];

    public IReadOnlyList<AssemblyEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>The people the assembly is bound to, for separation of duties: its applicant, its officers and who took each step.</summary>
    public CaseParties Parties => new(
        ApplicantUserId,
        Officers.Select(o => o.NationalCode).Where(c => !string.IsNullOrEmpty(c)).ToHashSet(StringComparer.Ordinal),
        Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    /// <summary>The reviewer's comment of the last sending back (shown until the next submission).</summary>
    public string? ReturnComment { get; private set; }

    /// <summary>The cooperative registered on confirmation.</summary>
    public Guid? CooperativeId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public bool IsEditable => Status is AssemblyStatus.Draft or AssemblyStatus.ReturnedForCorrection;

    /// <summary>Starts the assembly record of an approved application (only the applicant, only once: the caller checks).</summary>
    public static FoundingAssembly Start(FormationApplication application, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status != ApplicationStatus.Approved)
        {
            throw new DomainException("مجمع عمومی مؤسس پس از صدور موافقت‌نامه تشکیل ثبت می‌شود.");
        }

        return new FoundingAssembly
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            ApplicantUserId = application.ApplicantUserId,
            ProvinceId = application.ProvinceId!.Value,
            CountyId = application.Details.CountyId,
            Status = AssemblyStatus.Draft,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    public void Edit(DateOnly? heldOn, long? capitalPaid, string? companyNationalId, DateTime nowUtc)
    {
        EnsureEditable();
        HeldOn = heldOn;
        CapitalPaid = capitalPaid;
        var typed = PersianDigits.ToAscii(PersianText.Normalize(companyNationalId)).Trim();
        CompanyNationalId = typed.Length == 0 ? null : PersianDigits.DigitsOnly(typed) ?? typed;
        UpdatedAtUtc = nowUtc;
    }

    public void SetOfficers(IEnumerable<OfficerEntry> officers, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(officers);
        EnsureEditable();
        Officers = officers.Select(o => OfficerEntry.From(o.Role, o.FullName, o.NationalCode)).ToList();
        UpdatedAtUtc = nowUtc;
    }

    public AttachedFile AttachFile(AssemblyFileKind kind, string fileName, string contentType, long size, string sha256, string storageKey, DateTime nowUtc)
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
        var file = Files.SingleOrDefault(f => f.Id == fileId) ?? throw new DomainException("این فایل در این صورت‌جلسه نیست.");
        Files = Files.Where(f => f.Id != fileId).ToList();
        UpdatedAtUtc = nowUtc;
        return file;
    }

    /// <summary>Sends the assembly to the office once every rule holds.</summary>
    public void Submit(AssemblyContext context, DateTime nowUtc)
    {
        var problems = AssemblyValidator.Validate(this, context);
        if (problems.Count > 0)
        {
            throw new DomainException("صورت‌جلسه هنوز کامل نیست: " + problems[0].Message);
        }

        Move(AssemblyAction.Submit, ApplicantUserId, null, nowUtc);
        ReturnComment = null;
        SubmittedAtUtc = nowUtc;
    }

    public void SendBack(string reviewerUserId, string comment, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("برای بازگرداندن صورت‌جلسه، توضیح اصلاحات لازم را بنویسید.");
        }

        ReturnComment = FieldLengths.Ensure(PersianText.Normalize(comment), FieldLengths.ReturnComment);
        Move(AssemblyAction.SendBack, reviewerUserId, ReturnComment, nowUtc);
    }

    /// <summary>The reviewer confirms; the caller registers <paramref name="cooperativeId"/> in the same transaction.</summary>
    public void Confirm(string reviewerUserId, Guid cooperativeId, DateTime nowUtc)
    {
        Move(AssemblyAction.Confirm, reviewerUserId, null, nowUtc);
        CooperativeId = cooperativeId;
    }

    public IEnumerable<AttachedFile> FilesOf(AssemblyFileKind kind) => Files.Where(f => f.Kind == kind.ToString());

    private void Move(AssemblyAction action, string actor, string? comment, DateTime nowUtc)
    {
        var from = Status;
        Status = Workflow.Move(from, action);
        _events.Add(new AssemblyEvent(nowUtc, actor, action, from, Status, comment));
        Raise(new AssemblyStepTaken(this, action, from, Status, actor, nowUtc));
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
