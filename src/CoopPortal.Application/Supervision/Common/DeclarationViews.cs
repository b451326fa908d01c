using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>A self-declaration as the manager and the office see it.</summary>
public sealed record DeclarationView(
    Guid Id,
    Guid CooperativeId,
    string CooperativeName,
    string? RegistrationNumber,
    int FiscalYear,
    DateOnly DueOn,
    DeclarationStatus Status,
    DeclarationContent Content,
    long? PreviousYearNetProfitOrLoss,
    IReadOnlyList<DeclarationSection> ConfirmedSections,
    bool TruthDeclared,
    IReadOnlyList<AttachedFile> Files,
    string? ReceiptNumber,
    DateTime? SubmittedAtUtc,
    RiskAssessment? Risk,
    bool RiskIsPreview,
    DateOnly? InspectionPlannedOn,
    string? ReturnComment,
    IReadOnlyList<CaseEventView> History,
    IReadOnlyList<FieldProblem> Problems,
    bool IsManager,
    bool CanEdit,
    bool CanReview);

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

/// <summary>A cooperative's registry card.</summary>
public sealed record CooperativeView(
    Guid Id,
    string Name,
    string? RegistrationNumber,
    string? CompanyNationalId,
    DateTime RegisteredAtUtc,
    string Province,
    string County,
    string ActivityType,
    int? MembersCount,
    long? Capital,
    string Source,
    IReadOnlyList<OfficerEntry> Officers,
    IReadOnlyList<string> Managers,
    IReadOnlyList<CooperativeDeclarationLine> Declarations,
    IReadOnlyList<int> YearsToStart,
    bool IsManager);

/// <summary>One fiscal year on a cooperative's card: its declaration, if any, and when it is due.</summary>
public sealed record CooperativeDeclarationLine(int FiscalYear, DateOnly DueOn, Guid? DeclarationId, DeclarationStatus? Status, RiskBand? RiskBand, bool Overdue);

/// <summary>A cooperative in a manager's list.</summary>
public sealed record MyCooperative(Guid Id, string Name, string? RegistrationNumber, string Province);
