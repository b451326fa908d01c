using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;

namespace CoopPortal.Application.Dormancy.Common;

/// <summary>
/// A dormancy case as its page shows it, to the office and to the cooperative's managers: where it stands, the
/// deadline, the answer, the decision, the revival rules' findings read from the portal's tables, the history (the
/// managers see its public lines), the notice's number, and the steps the table offers the caller.
/// </summary>
public sealed record DormancyCaseView(
    Guid Id,
    Guid CooperativeId,
    string CooperativeName,
    string? RegistrationNumber,
    DormancyStatus Status,
    CooperativeStatus CooperativeStatus,
    IReadOnlyList<int> OwedYears,
    DateTime OpenedAtUtc,
    DateOnly DeadlineOn,
    bool DeadlinePassed,
    DormancyAnswerKind? Answer,
    string? AnswerText,
    DateTime? AnsweredAtUtc,
    DissolutionGround? Ground,
    string? DecisionText,
    DateTime? DecidedAtUtc,
    DateTime? EscalatedAtUtc,
    IReadOnlyList<RevivalFinding> Findings,
    IReadOnlyList<DormancyHistoryLine> History,
    string? NoticeNumber,
    bool IsManager,
    IReadOnlySet<DormancyAction> Decisions)
{
    public bool IsOpen => Status is DormancyStatus.AwaitingAnswer or DormancyStatus.Answered;

    public bool RevivalEarned => Findings.Count > 0 && Findings.All(f => f.Met);
}

/// <summary>A line of the case's history.</summary>
public sealed record DormancyHistoryLine(DateTime AtUtc, DormancyAction Action, DormancyStatus From, DormancyStatus To, string? Comment, string ActorName);
