namespace CoopPortal.Infrastructure.Proofing;

/// <summary>A message the fake gateway "sent".</summary>
public sealed record SentSms(string Mobile, string Text, DateTime SentAtUtc);
