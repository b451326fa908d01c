using System.Diagnostics;
using System.Globalization;

namespace CoopPortal.Bench;

/// <summary>Timing helpers: one warm-up call, then percentiles over the samples.</summary>
internal static class Bench
{
    public static async Task<string> MeasureAsync(int count, Func<Task> action) => Percentiles(await SamplesAsync(count, action));

    /// <summary>One warm-up call, then <paramref name="count"/> timed calls one after another, in milliseconds.</summary>
    public static async Task<List<double>> SamplesAsync(int count, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await action();
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return samples;
    }

    public static string Percentiles(List<double> samples)
    {
        samples.Sort();
        double At(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{At(0.5):0.0} ms / {At(0.95):0.0} ms (n={samples.Count})");
    }
}
