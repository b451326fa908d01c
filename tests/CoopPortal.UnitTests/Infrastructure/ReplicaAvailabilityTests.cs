using CoopPortal.Infrastructure.Persistence.ReadReplica;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.UnitTests.Infrastructure;

/// <summary>
/// When reads try the replica: always while it answers; after a failure not until the back-off has passed, then one
/// read tries it; a warning once per change, however many reads fail.
/// </summary>
public sealed class ReplicaAvailabilityTests
{
    private readonly ManualClock _clock = new();
    private readonly RecordingLogger _log = new();
    private readonly ReplicaAvailability _availability;

    public ReplicaAvailabilityTests() =>
        _availability = new ReplicaAvailability(_clock, new FixedOptions(new ReadReplicaOptions { RetryAfterSeconds = 30 }), _log);

    [Fact]
    public void A_replica_that_answers_is_always_tried_and_nothing_is_logged()
    {
        Assert.True(_availability.ShouldTry());
        _availability.Answered();
        Assert.True(_availability.ShouldTry());
        Assert.False(_availability.IsDown);
        Assert.Empty(_log.Messages);
    }

    [Fact]
    public void After_a_failure_reads_keep_to_the_primary_until_the_back_off_has_passed_then_one_read_tries_the_replica()
    {
        _availability.Failed(new TimeoutException("connect"));
        Assert.True(_availability.IsDown);
        Assert.False(_availability.ShouldTry());

        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(_availability.ShouldTry());

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_availability.ShouldTry());
        Assert.False(_availability.ShouldTry()); // the others wait for that one

        _availability.Answered();
        Assert.False(_availability.IsDown);
        Assert.True(_availability.ShouldTry());
    }

    [Fact]
    public void A_failed_retry_starts_a_new_back_off_and_one_warning_is_logged_per_change()
    {
        _availability.Failed(new TimeoutException("connect"));
        _availability.Failed(new TimeoutException("another read"));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(_availability.ShouldTry());
        _availability.Failed(new TimeoutException("still down"));

        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(_availability.ShouldTry());
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(_availability.ShouldTry());
        _availability.Answered();
        _availability.Answered();

        Assert.Equal(
            ["The read replica is unavailable: reads go to the primary, and the replica is tried again after 30 s", "The read replica answers again: reads go back to it"],
            _log.Messages);
        Assert.All(_log.Levels, level => Assert.Equal(LogLevel.Warning, level));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }

    private sealed class FixedOptions(ReadReplicaOptions value) : IOptionsMonitor<ReadReplicaOptions>
    {
        public ReadReplicaOptions CurrentValue => value;

        public ReadReplicaOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ReadReplicaOptions, string?> listener) => null;
    }

    private sealed class RecordingLogger : ILogger<ReplicaAvailability>
    {
        public List<string> Messages { get; } = [];

        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Levels.Add(logLevel);
            Messages.Add(formatter(state, exception));
        }
    }
}
