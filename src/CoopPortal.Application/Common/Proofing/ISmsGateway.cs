namespace CoopPortal.Application.Common.Proofing;

/// <summary>Sends a text message to a mobile (Infrastructure: an HTTP gateway, or an in-memory outbox in Development and tests).</summary>
public interface ISmsGateway
{
    /// <summary>Sends <paramref name="text"/> to <paramref name="mobile"/> (09… form); false when the gateway refused or failed.</summary>
    Task<bool> SendAsync(string mobile, string text, CancellationToken cancellationToken);
}
