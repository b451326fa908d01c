using CoopPortal.Domain.Inspection;

namespace CoopPortal.Application.Inspection.Common;

/// <summary>
/// A sent inspector's report in short, as the cooperative's self-declaration of the same year shows it in place of the
/// scan: who signed it and when, the opinion, how many findings; the full report is its page and its PDF.
/// </summary>
public sealed record InspectorReportSummary(Guid Id, string InspectorName, DateTime SubmittedAtUtc, InspectorOpinion? Opinion, int FindingsCount);
