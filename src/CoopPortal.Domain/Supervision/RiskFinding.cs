namespace CoopPortal.Domain.Supervision;

/// <summary>One rule that fired: which, why in Persian, how many points, and the evidence from the declaration.</summary>
public sealed record RiskFinding(string RuleId, string Explanation, int Points, string Evidence);
