using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Inspection.Common;

/// <summary>
/// An inspector's report as its author, the cooperative's managers and the office see it. <paramref name="CanEdit"/> is
/// true only for its author while it is a draft and they are still an inspector of the cooperative;
/// <paramref name="Actions"/> are the workflow table's steps open to the caller now; <paramref name="Problems"/> what is
/// still missing before it may be signed (empty once sent).
/// </summary>
public sealed record InspectorReportView(
    Guid Id,
    Guid CooperativeId,
    string CooperativeName,
    string? RegistrationNumber,
    int FiscalYear,
    string InspectorName,
    InspectorReportStatus Status,
    InspectorReportContent Content,
    DateTime? SubmittedAtUtc,
    bool IsAuthor,
    bool CanEdit,
    IReadOnlySet<InspectorReportAction> Actions,
    IReadOnlyList<FieldProblem> Problems,
    IReadOnlyDictionary<InspectorReportSection, SectionStatus> Sections,
    IReadOnlyList<CaseEventView> History)
{
    public bool IsSubmitted => Status == InspectorReportStatus.Submitted;

    /// <summary>The problems of one section.</summary>
    public IEnumerable<FieldProblem> ProblemsIn(InspectorReportSection section) =>
        Problems.Where(p => InspectorReportRules.SectionOf(p.Field) == section);
}
