using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.DeclarationQueue;

/// <summary>A line of the office's declarations queue: the risk first, with the rules behind it.</summary>
public sealed record DeclarationQueueItem(
    Guid Id,
    Guid CooperativeId,
    string CooperativeName,
    string? RegistrationNumber,
    int FiscalYear,
    DeclarationStatus Status,
    int RiskTotal,
    RiskBand RiskBand,
    IReadOnlyList<RiskFinding> Findings,
    DateTime? SubmittedAtUtc,
    DateOnly? InspectionPlannedOn);
