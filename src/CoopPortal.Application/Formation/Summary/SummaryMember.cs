namespace CoopPortal.Application.Formation.Summary;

/// <param name="Share">Subscribed capital in rials.</param>
public sealed record SummaryMember(int Position, string FullName, string NationalCode, string Mobile, long? Share, long? Paid, long? InKind, bool IsFounder);
