using System.Threading.Channels;
using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.Register;

namespace CoopPortal.Infrastructure.Accounts;

/// <summary>The registrations whose follow-up waits for <see cref="RegistrationFollowUpService"/>, in order.</summary>
public sealed class RegistrationFollowUpRequests : IRegistrationFollowUps
{
    private int _pending;

    private readonly Channel<(NewCitizen Citizen, bool Created)> _channel =
        Channel.CreateUnbounded<(NewCitizen, bool)>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<(NewCitizen Citizen, bool Created)> Reader => _channel.Reader;

    /// <summary>True when every follow-up asked for has run (for operators' checks and tests that wait for it).</summary>
    public bool IsIdle => Volatile.Read(ref _pending) == 0;

    public void Enqueue(NewCitizen citizen, bool created)
    {
        Interlocked.Increment(ref _pending);
        if (!_channel.Writer.TryWrite((citizen, created)))
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>Called by the service when a follow-up has run (or failed).</summary>
    internal void Done() => Interlocked.Decrement(ref _pending);
}
