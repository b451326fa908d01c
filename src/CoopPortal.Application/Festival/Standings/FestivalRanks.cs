namespace CoopPortal.Application.Festival.Standings;

/// <summary>Competition ranking of totals already ordered best first: equal totals share a rank, the next rank skips (1, 1, 3).</summary>
public static class FestivalRanks
{
    public static IReadOnlyList<int> Of(IReadOnlyList<int> orderedTotals)
    {
        ArgumentNullException.ThrowIfNull(orderedTotals);
        var ranks = new int[orderedTotals.Count];
        for (var i = 0; i < ranks.Length; i++)
        {
            ranks[i] = i > 0 && orderedTotals[i] == orderedTotals[i - 1] ? ranks[i - 1] : i + 1;
        }

        return ranks;
    }
}
