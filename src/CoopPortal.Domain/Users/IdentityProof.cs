namespace CoopPortal.Domain.Users;

/// <summary>
/// How an account's national code was proven to be its holder's. Until it is, nothing follows from the national code:
/// no cooperative is managed through it.
/// </summary>
public enum IdentityProof
{
    None = 0,

    /// <summary>The mobile was verified by an SMS code and the identity check (شاهکار) said the line is the national code's.</summary>
    MobileAndIdentityCheck = 1,

    /// <summary>A reviewer or head of the province's office confirmed it (the person came with their card).</summary>
    OfficeConfirmation = 2,

    /// <summary>Created already proven by an administrator's tooling (demo accounts, tests).</summary>
    Provisioned = 3,
}
