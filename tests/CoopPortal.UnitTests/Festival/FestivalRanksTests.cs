using CoopPortal.Application.Festival.Standings;

namespace CoopPortal.UnitTests.Festival;

/// <summary>The standings' ranks: equal totals share a rank and the next rank skips.</summary>
public sealed class FestivalRanksTests
{
    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_skips() =>
        Assert.Equal([1, 2, 2, 4, 5, 5, 5, 8], FestivalRanks.Of([90, 80, 80, 70, 40, 40, 40, 0]));

    [Fact]
    public void No_entries_have_no_ranks() => Assert.Empty(FestivalRanks.Of([]));
}
