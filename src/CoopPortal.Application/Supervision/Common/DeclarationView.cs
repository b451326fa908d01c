using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>
/// A self-declaration as the manager and the office see it; <paramref name="Decisions"/> are the workflow table's
/// actions open to the caller now (empty for the manager).
/// </summary>
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
    IReadOnlySet<DeclarationAction> Decisions)
{
    /// <summary>True when the workflow table offers the caller a decision now (<see cref="Decisions"/> is not empty).</summary>
    public bool CanReview => Decisions.Count > 0;
}
