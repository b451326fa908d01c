namespace CoopPortal.Web.Components.Common;

/// <summary>
/// The changes of one editor page, run one after another in the order they were asked for, each seeing what the one
/// before it stored. Nothing is dropped while another change runs, and nothing needs disposing: a page left while a
/// change runs lets it finish (the typed value is stored) instead of breaking it.
/// </summary>
internal sealed class SaveQueue
{
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;
    private int _pending;

    /// <summary>True while a change is running or waiting its turn.</summary>
    public bool IsBusy => Volatile.Read(ref _pending) > 0;

    /// <summary>How many changes are running or waiting their turn (a running change counts itself).</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Runs <paramref name="change"/> after every change queued before it; its outcome (or exception) is the caller's.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            Interlocked.Increment(ref _pending);
            var run = AfterAsync(_tail, change);
            _tail = run;
            return run;
        }
    }

    /// <summary>Completes once every change queued so far has finished (whatever its outcome).</summary>
    public Task IdleAsync()
    {
        lock (_gate)
        {
            return _tail.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Current);
        }
    }

    public Task RunAsync(Func<Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync(async () =>
        {
            await change();
            return true;
        });
    }

    private async Task<T> AfterAsync<T>(Task previous, Func<Task<T>> change)
    {
        try
        {
            // The previous change's failure was its own caller's to handle; this one runs regardless.
            await previous.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Current);
            return await change();
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }
}
