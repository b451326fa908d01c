using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;

namespace CoopPortal.Domain.Dormancy;

/// <summary>
/// A dormancy case (پرونده رکود, issue 21 point 1): the office opens it from the compliance list for a possibly dormant
/// cooperative, the notice (اخطاریه رکود) gives the managers a number of days to answer, and the case ends in revival
/// (checked by <see cref="RevivalRules"/> against the portal's own tables), the head's decision to pursue dissolution on
/// a legal ground, or the head's closure with a reason. It moves only through <see cref="Workflow"/>; the cooperative's
/// status moves with it in the same save (<see cref="CooperativeLifecycle"/>). One open case per cooperative.
/// </summary>
public sealed class DormancyCase : AggregateRoot
{
    public const string DeadlineNotPassed = "پیگیری انحلال پس از پایان مهلت پاسخ یا پس از اعلام امتناع مدیران تعاونی ممکن است.";
    public const string ReasonRequired = "دلیل بستن پرونده را بنویسید.";
    public const string GroundTextRequired = "شرح مبنای قانونی تصمیم را بنویسید.";
    public const string AnswerRequired = "متن پاسخ را بنویسید.";

    /// <summary>
    /// Who may do what. Office (any reviewer or head of the cooperative's province or county) opens the case and records
    /// the revival; the cooperative's managers (Owner) answer; the head of office pursues dissolution (not whoever
    /// opened the case: <c>NotBy: [Open]</c>) or closes it. Separation of duties: none of the cooperative's managers
    /// takes an office step (its managers are the case's parties).
    /// </summary>
    public static StateMachine<DormancyStatus, DormancyAction> Workflow { get; } = new(
        [
            new(DormancyStatus.None, DormancyAction.Open, DormancyStatus.AwaitingAnswer, CaseActors.Office),
            new(DormancyStatus.AwaitingAnswer, DormancyAction.Answer, DormancyStatus.Answered, CaseActors.Owner),
            new(DormancyStatus.AwaitingAnswer, DormancyAction.Revive, DormancyStatus.Revived, CaseActors.Office),
            new(DormancyStatus.Answered, DormancyAction.Revive, DormancyStatus.Revived, CaseActors.Office),
            new(DormancyStatus.AwaitingAnswer, DormancyAction.PursueDissolution, DormancyStatus.DissolutionPursued, Roles.HeadOfOffice, NotBy: [DormancyAction.Open]),
            new(DormancyStatus.Answered, DormancyAction.PursueDissolution, DormancyStatus.DissolutionPursued, Roles.HeadOfOffice, NotBy: [DormancyAction.Open]),
            new(DormancyStatus.AwaitingAnswer, DormancyAction.Close, DormancyStatus.Closed, Roles.HeadOfOffice),
            new(DormancyStatus.Answered, DormancyAction.Close, DormancyStatus.Closed, Roles.HeadOfOffice),
        ],
        Refusal);

    private readonly List<DormancyEvent> _events = [];

    private DormancyCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    public string CooperativeName { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    public int? CountyId { get; private set; }

    public DormancyStatus Status { get; private set; }

    /// <summary>The fiscal years the compliance list said were owed when the case opened (D01 reads them).</summary>
    public IReadOnlyList<int> OwedYears { get; private set; } = [];

    public string OpenedByUserId { get; private set; } = string.Empty;

    public DateTime OpenedAtUtc { get; private set; }

    /// <summary>The last day (in Iran) the managers may answer: opened day + <c>Dormancy:AnswerDays</c>.</summary>
    public DateOnly DeadlineOn { get; private set; }

    public DormancyAnswerKind? Answer { get; private set; }

    public string? AnswerText { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>The file the managers attached to their answer, if any.</summary>
    public IReadOnlyList<AttachedFile> Files { get; private set; } = [];

    public DissolutionGround? Ground { get; private set; }

    /// <summary>The legal ground's text, or the closure's reason.</summary>
    public string? DecisionText { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>Set once when the deadline passed without a decision and the heads were told.</summary>
    public DateTime? EscalatedAtUtc { get; private set; }

    public IReadOnlyList<DormancyEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    public bool IsOpen => Status is DormancyStatus.AwaitingAnswer or DormancyStatus.Answered;

    /// <summary>True when the answer period is over on <paramref name="today"/>.</summary>
    public bool DeadlinePassed(DateOnly today) => today > DeadlineOn;

    /// <summary>The people bound to the case for separation of duties: the cooperative's managers, and who took each step.</summary>
    public CaseParties PartiesWith(IEnumerable<string> managerNationalCodes) =>
        new(null, managerNationalCodes.ToHashSet(), Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    /// <summary>Opens a case for an active cooperative, owing <paramref name="owedYears"/>, with <paramref name="answerDays"/> to answer.</summary>
    public static DormancyCase Open(Cooperative cooperative, IReadOnlyList<int> owedYears, int answerDays, string userId, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(owedYears);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(answerDays);
        var to = Workflow.Move(DormancyStatus.None, DormancyAction.Open);
        var dormancyCase = new DormancyCase
        {
            Id = Guid.NewGuid(),
            CooperativeId = cooperative.Id,
            CooperativeName = cooperative.Name,
            ProvinceId = cooperative.ProvinceId,
            CountyId = cooperative.CountyId,
            OwedYears = owedYears.Order().ToList(),
            OpenedByUserId = userId,
            OpenedAtUtc = nowUtc,
            DeadlineOn = today.AddDays(answerDays),
        };
        dormancyCase.Step(DormancyAction.Open, to, userId, null, nowUtc);
        return dormancyCase;
    }

    /// <summary>A manager answers the notice (once), optionally with a file.</summary>
    public void AnswerNotice(DormancyAnswerKind answer, string text, AttachedFile? file, string managerUserId, DateTime nowUtc)
    {
        var to = Workflow.Move(Status, DormancyAction.Answer);
        var normalized = PersianText.Normalize(text);
        if (string.IsNullOrWhiteSpace(normalized))
        {
            throw new DomainException(AnswerRequired);
        }

        Answer = answer;
        AnswerText = FieldLengths.Ensure(normalized, FieldLengths.StatusReason);
        AnsweredAtUtc = nowUtc;
        if (file is not null)
        {
            Files = [.. Files, file];
        }

        Step(DormancyAction.Answer, to, managerUserId, $"{DormancyText.Title(answer)}: {AnswerText}", nowUtc);
    }

    /// <summary>Records the revival: refused unless every revival rule is met on the facts read from the portal's tables.</summary>
    public void Revive(RevivalFacts facts, string userId, DateTime nowUtc)
    {
        var to = Workflow.Move(Status, DormancyAction.Revive);
        if (!RevivalRules.Earned(facts))
        {
            throw new DomainException(RevivalRules.NotEarned);
        }

        Decided(DormancyAction.Revive, to, userId, null, null, nowUtc);
    }

    /// <summary>The head's decision to pursue dissolution: after the deadline, or after the managers refused.</summary>
    public void PursueDissolution(DissolutionGround ground, string text, string headUserId, DateOnly today, DateTime nowUtc)
    {
        var to = Workflow.Move(Status, DormancyAction.PursueDissolution);
        if (!DeadlinePassed(today) && Answer != DormancyAnswerKind.Refusing)
        {
            throw new DomainException(DeadlineNotPassed);
        }

        var normalized = PersianText.Normalize(text);
        if (string.IsNullOrWhiteSpace(normalized))
        {
            throw new DomainException(GroundTextRequired);
        }

        Decided(DormancyAction.PursueDissolution, to, headUserId, ground, FieldLengths.Ensure(normalized, FieldLengths.LegalGround), nowUtc);
    }

    /// <summary>The head closes the case with a reason.</summary>
    public void Close(string reason, string headUserId, DateTime nowUtc)
    {
        var to = Workflow.Move(Status, DormancyAction.Close);
        var normalized = PersianText.Normalize(reason);
        if (string.IsNullOrWhiteSpace(normalized))
        {
            throw new DomainException(ReasonRequired);
        }

        Decided(DormancyAction.Close, to, headUserId, null, FieldLengths.Ensure(normalized, FieldLengths.StatusReason), nowUtc);
    }

    /// <summary>True when the case is open, past its deadline on <paramref name="today"/>, and not yet escalated.</summary>
    public bool IsEscalationDue(DateOnly today) => IsOpen && DeadlinePassed(today) && EscalatedAtUtc is null;

    /// <summary>Marks the case escalated (once) and raises <see cref="DormancyCaseEscalated"/>; a mark, not a step of the table.</summary>
    public void MarkEscalated(DateOnly today, DateTime nowUtc)
    {
        if (!IsEscalationDue(today))
        {
            return;
        }

        EscalatedAtUtc = nowUtc;
        Raise(new DormancyCaseEscalated(this, nowUtc));
    }

    /// <summary>The legal ground as the cooperative's status history records it: its title, then the head's text.</summary>
    public string? LegalGroundLine => Ground is { } ground ? $"{DormancyText.Title(ground)}: {DecisionText}" : null;

    private void Decided(DormancyAction action, DormancyStatus to, string userId, DissolutionGround? ground, string? text, DateTime nowUtc)
    {
        Ground = ground;
        DecisionText = text;
        DecidedAtUtc = nowUtc;
        Step(action, to, userId, ground is { } g ? $"{DormancyText.Title(g)}: {text}" : text, nowUtc);
    }

    private void Step(DormancyAction action, DormancyStatus to, string userId, string? comment, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var from = Status;
        Status = to;
        _events.Add(new DormancyEvent(nowUtc, userId, action, from, to, comment, Workflow.IsShownToApplicant(from, action)));
        Raise(new DormancyStepTaken(this, action, from, to, userId, nowUtc));
    }

    private static string Refusal(DormancyStatus from, DormancyAction action) => (from, action) switch
    {
        (DormancyStatus.Revived or DormancyStatus.DissolutionPursued or DormancyStatus.Closed, _) => "این پرونده رکود پایان یافته است.",
        (_, DormancyAction.Open) => "پرونده رکود پیش‌تر گشوده شده است.",
        (DormancyStatus.Answered, DormancyAction.Answer) => "مدیران تعاونی پیش‌تر به اخطاریه پاسخ داده‌اند.",
        _ => $"این کار در وضعیت «{DormancyText.Title(from)}» ممکن نیست.",
    };
}
