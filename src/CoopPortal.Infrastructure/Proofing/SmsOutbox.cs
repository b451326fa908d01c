using System.Collections.Concurrent;
using CoopPortal.Domain.Common;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>
/// What the fake SMS gateway sent, kept in memory so tests (through the test host's services) can read a code the way a
/// person reads their phone. Registered only when Sms:Gateway is Fake, which only Development allows.
/// </summary>
public sealed class SmsOutbox
{
    private readonly ConcurrentQueue<SentSms> _messages = new();

    public IReadOnlyList<SentSms> Messages => _messages.ToArray();

    public void Add(SentSms message) => _messages.Enqueue(message);

    /// <summary>The messages sent to a mobile, oldest first.</summary>
    public IReadOnlyList<SentSms> To(string mobile) => _messages.Where(m => m.Mobile == mobile).ToList();

    /// <summary>The six-digit code in the latest message to the mobile (digits in ASCII), or null.</summary>
    public string? LatestCode(string mobile)
    {
        var sent = To(mobile);
        if (sent.Count == 0)
        {
            return null;
        }

        var last = sent[^1];
        var match = System.Text.RegularExpressions.Regex.Match(PersianDigits.ToAscii(last.Text), @"\b\d{6}\b");
        return match.Success ? match.Value : null;
    }
}
