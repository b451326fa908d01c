using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Dormancy;

namespace CoopPortal.Application.Dormancy.Notice;

/// <summary>The dormancy notice as printed: the snapshot, its number and date, and the link its QR code carries.</summary>
public sealed record DormancyNoticeDocument(
    string Number,
    DateTime IssuedAtUtc,
    DormancyNoticeContent Content,
    string VerificationUrl) : DocumentModel("اخطاریه رکود");
