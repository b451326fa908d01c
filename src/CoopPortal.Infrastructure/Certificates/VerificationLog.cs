using System.Threading.Channels;
using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Domain.Certificates;

namespace CoopPortal.Infrastructure.Certificates;

/// <summary>
/// The public checks waiting to be stored, handed from the verification page to <see cref="VerificationLogWriter"/>.
/// Bounded: when <see cref="Capacity"/> checks wait (the database is down or slow), a new check waits for room instead of
/// being dropped. <see cref="FlushAsync"/> answers once the checks recorded so far are handled.
/// </summary>
internal sealed class VerificationLog : IVerificationLog
{
    public const int Capacity = 10_000;

    private readonly Channel<VerificationCheck> _channel = Channel.CreateBounded<VerificationCheck>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Lock _lock = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _waiters = [];
    private long _recorded;
    private long _handled;

    public ChannelReader<VerificationCheck> Reader => _channel.Reader;

    public async ValueTask RecordAsync(VerificationCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        Interlocked.Increment(ref _recorded); // counted before it is queued, so a flush never misses it
        if (_channel.Writer.TryWrite(check))
        {
            return;
        }

        try
        {
            await _channel.Writer.WriteAsync(check, cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref _recorded);
            throw;
        }
    }

    /// <summary>Completes when every check recorded before the call has been stored (or given up after retries).</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref _recorded);
        lock (_lock)
        {
            if (_handled >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((target, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The writer handled <paramref name="count"/> more checks.</summary>
    internal void Handled(int count)
    {
        lock (_lock)
        {
            _handled += count;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Target <= _handled)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
