using CoopPortal.Web.Components.Common;

namespace CoopPortal.ComponentTests.Editing;

public sealed class SaveQueueTests
{
    [Fact]
    public async Task Changes_asked_for_while_one_runs_wait_their_turn_and_none_is_dropped()
    {
        var queue = new SaveQueue();
        var first = new TaskCompletionSource();
        var order = new List<int>();

        var a = queue.RunAsync(async () => { await first.Task; order.Add(1); });
        var b = queue.RunAsync(() => { order.Add(2); return Task.CompletedTask; });
        var c = queue.RunAsync(() => { order.Add(3); return Task.CompletedTask; });

        Assert.True(queue.IsBusy);
        Assert.Empty(order);
        first.SetResult();
        await Task.WhenAll(a, b, c);

        Assert.Equal([1, 2, 3], order);
        Assert.False(queue.IsBusy);
    }

    [Fact]
    public async Task A_failed_change_is_its_callers_and_the_next_one_still_runs()
    {
        var queue = new SaveQueue();

        var failing = queue.RunAsync<int>(() => throw new InvalidOperationException("database down"));
        var next = queue.RunAsync(() => Task.FromResult(42));

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal(42, await next);
        Assert.False(queue.IsBusy);
    }
}
