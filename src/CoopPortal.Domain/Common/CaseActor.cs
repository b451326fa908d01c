namespace CoopPortal.Domain.Common;

/// <summary>Who is about to act on a case: their account and their national code.</summary>
public sealed record CaseActor(string UserId, string? NationalCode);
