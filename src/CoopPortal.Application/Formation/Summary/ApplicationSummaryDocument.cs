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

/// <param name="Share">Subscribed capital in rials.</param>
public sealed record SummaryMember(int Position, string FullName, string NationalCode, string Mobile, long? Share, long? Paid, long? InKind, bool IsFounder);

public sealed record SummaryFile(string Kind, string FileName, long Size, DateTime UploadedAtUtc);

public sealed record SummaryEvent(DateTime AtUtc, string Title, string? Comment, bool IsInternal);
