namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>What became of a request for a code.</summary>
public enum OneTimeCodeSent
{
    Sent,

    /// <summary>Too soon after the last one, or too many this hour.</summary>
    Throttled,

    /// <summary>The SMS gateway failed.</summary>
    GatewayFailed,
}
