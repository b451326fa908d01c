using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Formation.Summary;

namespace CoopPortal.Application.Supervision.Documents;

/// <summary>
/// A self-declaration as a printed document. The receipt confirms what was sent and when (receipt number, cooperative,
/// year, time, the key figures); the report adds every section's figures, the officers, the risk breakdown and the
/// history.
/// </summary>
public sealed record DeclarationDocument(
    DeclarationDocumentKind Kind,
    string CooperativeName,
    string? RegistrationNumber,
    string Province,
    int FiscalYear,
    string Status,
    string? ReceiptNumber,
    DateTime? SubmittedAtUtc,
    string? SubmittedBy,
    DateOnly DueOn,
    DateTime PrintedAtUtc,
    IReadOnlyList<SummarySection> Sections,
    IReadOnlyList<DeclarationOfficerLine> Officers,
    int RiskTotal,
    string RiskBand,
    IReadOnlyList<DeclarationRiskLine> Findings,
    IReadOnlyList<SummaryEvent> Timeline)
    : DocumentModel(Kind == DeclarationDocumentKind.Receipt ? "رسید خوداظهاری نظارتی" : "گزارش خوداظهاری نظارتی");
