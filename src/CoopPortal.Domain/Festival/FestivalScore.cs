namespace CoopPortal.Domain.Festival;

/// <summary>The total, the most a cooperative could earn with the weights, and the criteria behind the total.</summary>
public sealed record FestivalScore(int Total, int Maximum, IReadOnlyList<FestivalFinding> Findings)
{
    /// <summary>The ids of the criteria that earned nothing (their explanation says what was missing).</summary>
    public IReadOnlyList<string> Missed => FestivalCriteria.All.Select(c => c.Id).Except(Findings.Select(f => f.CriterionId)).ToList();
}
