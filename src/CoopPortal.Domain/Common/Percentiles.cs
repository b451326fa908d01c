namespace CoopPortal.Domain.Common;

/// <summary>Percentiles of a histogram, interpolated between the two nearest values like a spreadsheet's PERCENTILE.INC
/// (and PostgreSQL's percentile_cont).</summary>
public static class Percentiles
{
    /// <param name="histogram">Values with how often each occurs (any order; counts above zero).</param>
    /// <param name="fraction">From 0 to 1 (0.5: the median, 0.9: the 90th percentile).</param>
    /// <returns>Null when the histogram is empty.</returns>
    public static double? Of(IEnumerable<(double Value, long Count)> histogram, double fraction)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var sorted = histogram.Where(b => b.Count > 0).OrderBy(b => b.Value).ToList();
        var total = sorted.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = (total - 1) * fraction;
        var low = (long)Math.Floor(rank);
        var lower = ValueAt(sorted, low);
        var upper = ValueAt(sorted, Math.Min(low + 1, total - 1));
        return lower + ((rank - low) * (upper - lower));
    }

    /// <summary>The value at a zero-based position of the sorted values the histogram stands for.</summary>
    private static double ValueAt(List<(double Value, long Count)> sorted, long position)
    {
        var seen = 0L;
        foreach (var (value, count) in sorted)
        {
            seen += count;
            if (position < seen)
            {
                return value;
            }
        }

        return sorted[^1].Value;
    }
}
