namespace CoopPortal.Infrastructure.Identity;

/// <summary>Session and sign-in settings (configuration section "Security"; docs/security.md, docs/configuration.md).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// How long a session lasts from the moment of log-in, however active it stays (on top of the 30-minute idle
    /// timeout). Then the person must log in again.
    /// </summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
