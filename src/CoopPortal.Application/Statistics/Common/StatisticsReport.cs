using CoopPortal.Application.Common.Interfaces;

namespace CoopPortal.Application.Statistics.Common;

/// <summary>The statistics of one scope (a county office, a province or the country) for one Jalali year, as tables.</summary>
/// <param name="Scope">The Persian name of what the numbers cover: a province's name, «اداره تعاون شهرستان …» or «کل کشور».</param>
/// <param name="Year">The Solar Hijri year the yearly tables cover.</param>
/// <param name="GeneratedAtUtc">When the numbers were read.</param>
public sealed record StatisticsReport(string Scope, int Year, DateTime GeneratedAtUtc, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Where the numbers were read and the moment they are current to (null when not known).</summary>
    public DataAsOf? AsOf { get; init; }

    /// <summary>The table with this key, or null.</summary>
    public ReportTable? Find(string key) => Tables.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
