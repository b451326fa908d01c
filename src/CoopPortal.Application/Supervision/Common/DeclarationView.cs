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
    IReadOnlySet<DeclarationAction> Decisions,
    int Revision = 0,
    IReadOnlyDictionary<DeclarationSection, SectionStatus>? Sections = null,
    IReadOnlyList<Inspection.Common.InspectorReportSummary>? InspectorReports = null)
{
    /// <summary>The inspector's reports of the year signed in the portal (shown in place of the scan's upload).</summary>
    public IReadOnlyList<Inspection.Common.InspectorReportSummary> FiledInspectorReports => InspectorReports ?? [];

    /// <summary>Where a section stands on the manager's task list (not started when the view has no statuses).</summary>
    public SectionStatus StatusOf(DeclarationSection section) => Sections?.GetValueOrDefault(section) ?? SectionStatus.NotStarted;

    /// <summary>The problems of one section (its fields, its rows, its confirmation).</summary>
    public IEnumerable<FieldProblem> ProblemsIn(DeclarationSection section) =>
        Problems.Where(p => DeclarationSectionText.SectionOf(p.Field) == section);

    /// <summary>True when the workflow table offers the caller a decision now (<see cref="Decisions"/> is not empty).</summary>
    public bool CanReview => Decisions.Count > 0;
}
