namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>
/// How often codes may be sent for one account and purpose: not again within <see cref="ResendAfter"/>, and at most
/// <see cref="MaxPerHour"/> an hour (SMS costs money and floods the person's phone).
/// </summary>
public static class OneTimeCodeThrottle
{
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);
    public const int MaxPerHour = 5;

    /// <summary>How long the person must wait before another code (zero: send now), from the times earlier codes were sent.</summary>
    public static TimeSpan WaitBeforeNext(IEnumerable<DateTime> sentAtUtc, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(sentAtUtc);
        var lastHour = sentAtUtc.Where(t => t > nowUtc - TimeSpan.FromHours(1)).OrderBy(t => t).ToList();
        var wait = TimeSpan.Zero;
        if (lastHour.Count > 0 && lastHour[^1] + ResendAfter > nowUtc)
        {
            wait = lastHour[^1] + ResendAfter - nowUtc;
        }

        if (lastHour.Count >= MaxPerHour)
        {
            var oldestLeaves = lastHour[lastHour.Count - MaxPerHour] + TimeSpan.FromHours(1) - nowUtc;
            wait = oldestLeaves > wait ? oldestLeaves : wait;
        }

        return wait;
    }
}
