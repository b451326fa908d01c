namespace CoopPortal.Testing;

/// <summary>
/// The portal's clock in tests: the real time plus an offset a test may move forward (e.g. past the end of a fiscal
/// year, to file the declaration of a cooperative registered this year) and must move back when done.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
