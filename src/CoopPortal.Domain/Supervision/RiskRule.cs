namespace CoopPortal.Domain.Supervision;

/// <summary>A transparent rule: an id, a Persian explanation, its points, and a test that returns the evidence when it fires.</summary>
public sealed record RiskRule(string Id, string Explanation, int Points, Func<DeclarationFacts, RiskSettings, DateOnly, string?> Evidence);
