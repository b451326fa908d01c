namespace CoopPortal.Application.Common.Proofing;

/// <summary>What the identity check said about a national code and a mobile.</summary>
public enum IdentityCheckOutcome
{
    /// <summary>The line is registered to that national code.</summary>
    Match,

    /// <summary>The line is someone else's (or unknown).</summary>
    Mismatch,

    /// <summary>The service did not answer; ask again later.</summary>
    Unavailable,
}
