namespace CoopPortal.Infrastructure.Proofing;

/// <summary>
/// The SMS gateway (section "Sms"): "Http" posts each message to the configured provider; "Fake" keeps messages in an
/// in-memory outbox and the log (Development and tests only).
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";

    /// <summary>Http or Fake.</summary>
    public string Gateway { get; set; } = "Http";

    /// <summary>The provider's address; it is sent a POST with JSON {"from","to","text"}; any 2xx answer means sent.</summary>
    public string? Url { get; set; }

    /// <summary>Sent as a bearer token.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender line or name the provider gave the portal.</summary>
    public string? Sender { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public bool IsFake => string.Equals(Gateway, "Fake", StringComparison.OrdinalIgnoreCase);
}
