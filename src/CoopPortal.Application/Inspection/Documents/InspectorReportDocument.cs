using CoopPortal.Application.Common.Documents;

namespace CoopPortal.Application.Inspection.Documents;

/// <summary>
/// A sent inspector's report as printed: the cooperative, the year, the inspector who signed it and when, then each
/// section the law asks (label–value lines), the findings and the opinion with its basis.
/// </summary>
public sealed record InspectorReportDocument(
    string CooperativeName,
    string? RegistrationNumber,
    string Province,
    int FiscalYear,
    string InspectorName,
    DateTime SubmittedAtUtc,
    DateTime PrintedAtUtc,
    IReadOnlyList<SummarySection> Sections,
    IReadOnlyList<string> Findings,
    string Opinion,
    string? OpinionBasis)
    : DocumentModel("گزارش بازرس تعاونی");
