using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Liquidation;

/// <summary>
/// A report the liquidators filed: interim (what has been done so far) or final (the assets found, the debts settled,
/// what remained and was distributed, in rials), with its text and files. Kept whole once filed.
/// </summary>
public sealed record LiquidationReport(
    Guid Id,
    LiquidationReportKind Kind,
    string Text,
    long? Assets,
    long? DebtsSettled,
    long? RemainingDistributed,
    IReadOnlyList<AttachedFile> Files,
    string FiledByUserId,
    string FiledByName,
    DateTime FiledAtUtc);
