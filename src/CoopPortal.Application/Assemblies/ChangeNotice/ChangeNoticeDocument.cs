using CoopPortal.Application.Common.Documents;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.ChangeNotice;

/// <summary>The registry-change notice as printed: the snapshot, its number and date, and the link its QR code carries.</summary>
public sealed record ChangeNoticeDocument(
    string Number,
    DateTime IssuedAtUtc,
    RegistryChangeNoticeContent Content,
    string VerificationUrl) : DocumentModel("آگهی تغییرات");
