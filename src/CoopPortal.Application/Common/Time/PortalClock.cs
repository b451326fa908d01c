using CoopPortal.Application.Common.Formatting;

namespace CoopPortal.Application.Common.Time;

/// <summary>
/// The time every use case reads: now in UTC (what is stored) and today's date in Iran (what the rules count in:
/// due dates, terms, "not in the future"). One per scope, over the host's <see cref="TimeProvider"/>, so a test can
/// move time for every feature at once.
/// </summary>
public sealed class PortalClock(TimeProvider time)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => PersianFormat.LocalDate(UtcNow);
}
