using CoopPortal.Domain.Supervision;

namespace CoopPortal.Domain.Festival;

/// <summary>
/// A transparent festival criterion: an id, a Persian explanation, its points (read from the configured weights), and a
/// test that returns the evidence when the cooperative earns them.
/// </summary>
public sealed record FestivalCriterion(string Id, string Explanation, Func<FestivalWeights, int> Points, Func<FestivalFacts, FestivalWeights, RiskSettings, string?> Evidence);
