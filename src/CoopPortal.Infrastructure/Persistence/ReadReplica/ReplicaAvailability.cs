using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Persistence.ReadReplica;

/// <summary>
/// Whether reads should try the replica: yes while it answers; after it fails, no until the back-off has passed, then
/// one read tries it (the others keep to the primary meanwhile) and either brings it back or starts a new back-off.
/// A warning is logged once per change, not per failed read.
/// </summary>
internal sealed partial class ReplicaAvailability(TimeProvider clock, IOptionsMonitor<ReadReplicaOptions> options, ILogger<ReplicaAvailability> logger)
{
    private readonly Lock _gate = new();
    private bool _down;
    private DateTimeOffset _retryAt;

    /// <summary>True while the replica is taken for unavailable.</summary>
    public bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return _down;
            }
        }
    }

    private TimeSpan RetryAfter => TimeSpan.FromSeconds(Math.Max(1, options.CurrentValue.RetryAfterSeconds));

    /// <summary>True when this read should go to the replica (it is up, or this read is the one that tries it again).</summary>
    public bool ShouldTry()
    {
        lock (_gate)
        {
            if (!_down)
            {
                return true;
            }

            var now = clock.GetUtcNow();
            if (now < _retryAt)
            {
                return false;
            }

            _retryAt = now + RetryAfter;
            return true;
        }
    }

    /// <summary>The replica failed a read: reads go to the primary until the back-off has passed.</summary>
    public void Failed(Exception exception)
    {
        lock (_gate)
        {
            _retryAt = clock.GetUtcNow() + RetryAfter;
            if (_down)
            {
                return;
            }

            _down = true;
        }

        LogDown(logger, exception, (int)RetryAfter.TotalSeconds);
    }

    /// <summary>The replica served a read.</summary>
    public void Answered()
    {
        lock (_gate)
        {
            if (!_down)
            {
                return;
            }

            _down = false;
        }

        LogBack(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read replica is unavailable: reads go to the primary, and the replica is tried again after {Seconds} s")]
    private static partial void LogDown(ILogger logger, Exception exception, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read replica answers again: reads go back to it")]
    private static partial void LogBack(ILogger logger);
}
