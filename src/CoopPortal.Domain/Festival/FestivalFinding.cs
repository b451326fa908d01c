namespace CoopPortal.Domain.Festival;

/// <summary>One criterion the cooperative earned: which, why in Persian, how many points, and the evidence it read.</summary>
public sealed record FestivalFinding(string CriterionId, string Explanation, int Points, string Evidence);
