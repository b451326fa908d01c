namespace CoopPortal.Application.Certificates.Common;

/// <summary>The portal's public address (section "Portal"), used in links printed on documents.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The address people reach the portal at, without a trailing slash, e.g. https://e.tavon.ir.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5000";

    public string VerificationUrl(string code) => $"{PublicBaseUrl.TrimEnd('/')}/verify/{code}";
}
