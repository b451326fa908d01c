namespace CoopPortal.Domain.Dormancy;

/// <summary>One revival condition checked: which, why in Persian, whether it is met, and the evidence read from the portal's tables.</summary>
public sealed record RevivalFinding(string RuleId, string Explanation, bool Met, string Evidence);
