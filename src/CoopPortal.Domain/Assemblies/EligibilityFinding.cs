namespace CoopPortal.Domain.Assemblies;

/// <summary>One eligibility rule that fired for a candidate: which, why in Persian, its verdict and the evidence.</summary>
public sealed record EligibilityFinding(string RuleId, string Explanation, EligibilityVerdict Verdict, string Evidence);
