namespace CoopPortal.Infrastructure.Identity;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,

    /// <summary>The password was right; the log-in ends with an authenticator or recovery code.</summary>
    RequiresTwoFactor,

    /// <summary>Signed in, but staff who have not enrolled an authenticator may only enrol.</summary>
    MustEnrol,
}
