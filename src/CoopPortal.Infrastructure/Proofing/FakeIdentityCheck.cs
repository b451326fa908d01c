using System.Collections.Concurrent;
using CoopPortal.Application.Common.Proofing;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>
/// Development and tests: a mobile matches a national code unless the code's owner lines were registered here
/// (<see cref="RegisterLine"/>), then only those lines match; mobiles starting 0999 never match (to try the refusal
/// by hand). Tests resolve it from the test host's services to act out "the real holder's line".
/// </summary>
public sealed class FakeIdentityCheck : IIdentityCheck
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _lines = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="mobile"/> one of the lines registered to <paramref name="nationalCode"/>; other mobiles stop matching it.</summary>
    public void RegisterLine(string nationalCode, string mobile) =>
        _lines.GetOrAdd(nationalCode, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal))[mobile] = true;

    public Task<IdentityCheckOutcome> CheckAsync(string nationalCode, string mobile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mobile);
        var match = !mobile.StartsWith("0999", StringComparison.Ordinal)
            && (!_lines.TryGetValue(nationalCode, out var lines) || lines.ContainsKey(mobile));
        return Task.FromResult(match ? IdentityCheckOutcome.Match : IdentityCheckOutcome.Mismatch);
    }
}
