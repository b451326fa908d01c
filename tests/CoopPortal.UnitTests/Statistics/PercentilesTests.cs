using CoopPortal.Domain.Common;

namespace CoopPortal.UnitTests.Statistics;

/// <summary>Percentiles from a histogram equal those of the values it stands for (PERCENTILE.INC).</summary>
public sealed class PercentilesTests
{
    /// <summary>The textbook way, over the values themselves.</summary>
    private static double Expected(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(rank);
        return low + 1 < sorted.Count ? sorted[low] + ((rank - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void A_histogram_gives_the_percentile_of_its_values(double p)
    {
        var random = new Random(1405);
        var values = Enumerable.Range(0, 997).Select(_ => (double)random.Next(0, 60)).ToList();
        var histogram = values.GroupBy(v => v).Select(g => (g.Key, (long)g.Count())).Reverse().ToList();

        Assert.Equal(Expected(values, p), Percentiles.Of(histogram, p)!.Value, 9);
    }

    [Fact]
    public void Between_two_values_it_interpolates()
    {
        Assert.Equal(2.5, Percentiles.Of([(1, 1), (2, 1), (3, 1), (4, 1)], 0.5));
        Assert.Equal(3.7, Percentiles.Of([(1, 1), (2, 1), (3, 1), (4, 1)], 0.9)!.Value, 9);
        Assert.Equal(7, Percentiles.Of([(7, 5)], 0.9));
    }

    [Fact]
    public void No_values_no_percentile()
    {
        Assert.Null(Percentiles.Of([], 0.5));
        Assert.Null(Percentiles.Of([(3, 0)], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of([(1, 1)], 1.5));
    }
}
