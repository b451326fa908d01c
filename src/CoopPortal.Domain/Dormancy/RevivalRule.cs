namespace CoopPortal.Domain.Dormancy;

/// <summary>A revival condition in the risk rules' shape: an id, a Persian explanation, and a test that gives its verdict and evidence.</summary>
public sealed record RevivalRule(string Id, string Explanation, Func<RevivalFacts, (bool Met, string Evidence)> Check);
