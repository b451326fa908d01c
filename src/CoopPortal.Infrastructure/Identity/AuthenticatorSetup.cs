namespace CoopPortal.Infrastructure.Identity;

/// <summary>What the enrolment page shows: the shared key in groups of four, and the otpauth URI the QR code carries.</summary>
public sealed record AuthenticatorSetup(string Key, string FormattedKey, string Uri);
