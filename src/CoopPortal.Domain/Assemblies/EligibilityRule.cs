namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// A transparent candidate check, in the shape of the risk rules: an id, a Persian explanation, the verdict it gives
/// when it fires, and a test that returns the evidence when it does.
/// </summary>
public sealed record EligibilityRule(string Id, string Explanation, EligibilityVerdict Verdict, Func<CandidateFacts, AssemblyRules, string?> Evidence);
