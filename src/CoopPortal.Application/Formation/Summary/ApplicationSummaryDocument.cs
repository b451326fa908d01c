using CoopPortal.Application.Common.Documents;

namespace CoopPortal.Application.Formation.Summary;

/// <summary>The whole application as one printable document: sections, members, documents, status and history.</summary>
public sealed record ApplicationSummaryDocument(
    string TrackingCode,
    string Status,
    DateTime? SubmittedAtUtc,
    DateTime PrintedAtUtc,
    IReadOnlyList<SummarySection> Sections,
    IReadOnlyList<SummaryMember> Members,
    IReadOnlyList<SummaryFile> Files,
    IReadOnlyList<SummaryEvent> Timeline,
    string? CertificateNumber) : DocumentModel("خلاصه درخواست تشکیل تعاونی");
