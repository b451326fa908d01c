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

/// <summary>
/// Which part of the declarations queue to show: the open ones or all sent ones, a cooperative's name or registration
/// number (Persian or ASCII digits, ی/ک and spacing as typed), a page of <paramref name="PageSize"/> (1 to 100).
/// </summary>
public sealed record DeclarationQueueFilter(bool IncludeDecided = false, string? Search = null, int Page = 1, int PageSize = DeclarationQueueFilter.MaxPageSize)
{
    public const int MaxPageSize = 100;
}

/// <summary>One page of the queue, riskiest first; <paramref name="Matching"/> is how many the filter finds in all.</summary>
public sealed record DeclarationQueueResult(IReadOnlyList<DeclarationQueueItem> Items, int Matching, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);
}

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
