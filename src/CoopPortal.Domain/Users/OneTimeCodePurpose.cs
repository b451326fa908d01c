namespace CoopPortal.Domain.Users;

/// <summary>What a one-time code sent by SMS is for; a code of one purpose never serves another.</summary>
public enum OneTimeCodePurpose
{
    /// <summary>Proves the signed-in person holds the account's mobile.</summary>
    VerifyMobile = 1,

    /// <summary>Signs a person in instead of a password (to the account's verified mobile).</summary>
    SignIn = 2,
}
