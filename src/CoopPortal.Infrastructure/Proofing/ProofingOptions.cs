namespace CoopPortal.Infrastructure.Proofing;

/// <summary>
/// The identity check (section "Identity:Proofing"): "Http" asks the configured service whether a mobile line is
/// registered to a national code (شاهکار, through a provider); "Fake" answers locally (Development and tests only).
/// </summary>
public sealed class ProofingOptions
{
    public const string SectionName = "Identity:Proofing";

    /// <summary>Http or Fake.</summary>
    public string IdentityCheck { get; set; } = "Http";

    /// <summary>The service's address; it is sent a POST with JSON {"nationalCode","mobile"} and answers {"match": true|false}.</summary>
    public string? IdentityCheckUrl { get; set; }

    /// <summary>Sent as a bearer token.</summary>
    public string? IdentityCheckApiKey { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public bool IsFake => string.Equals(IdentityCheck, "Fake", StringComparison.OrdinalIgnoreCase);
}
