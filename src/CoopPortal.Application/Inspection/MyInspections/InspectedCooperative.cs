using CoopPortal.Domain.Inspection;

namespace CoopPortal.Application.Inspection.MyInspections;

/// <summary>
/// A cooperative the inspector inspects today, as their list shows it (a read-only card): the registry's facts, the
/// inspector's term, and where their report of the last ended fiscal year stands (null: not started).
/// </summary>
public sealed record InspectedCooperative(
    Guid CooperativeId,
    string Name,
    string? RegistrationNumber,
    string Province,
    int? MembersCount,
    DateOnly? TermStartsOn,
    DateOnly TermEndsOn,
    int FiscalYear,
    Guid? ReportId,
    InspectorReportStatus? ReportStatus,
    bool HasConflictingPost);
