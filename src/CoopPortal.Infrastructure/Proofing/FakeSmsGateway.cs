using CoopPortal.Application.Common.Proofing;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>Development and tests: "sends" into <see cref="SmsOutbox"/> and the log, so the code can be read without a phone.</summary>
internal sealed class FakeSmsGateway(SmsOutbox outbox, TimeProvider clock, ILogger<FakeSmsGateway> logger) : ISmsGateway
{
    public Task<bool> SendAsync(string mobile, string text, CancellationToken cancellationToken)
    {
        outbox.Add(new SentSms(mobile, text, clock.GetUtcNow().UtcDateTime));
        logger.LogInformation("Fake SMS to {Mobile}: {Text}", mobile, text);
        return Task.FromResult(true);
    }
}
