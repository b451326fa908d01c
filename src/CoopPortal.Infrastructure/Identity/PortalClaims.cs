namespace CoopPortal.Infrastructure.Identity;

/// <summary>Claim types the portal adds to the sign-in cookie (display and session bookkeeping; access is decided from the database).</summary>
public static class PortalClaims
{
    public const string FullName = "coopportal:full_name";

    /// <summary>
    /// When the person logged in (Unix seconds, UTC), kept through cookie renewals: the absolute session lifetime counts
    /// from it. Also stored in the cookie's authentication properties, which survive a re-issued principal.
    /// </summary>
    public const string SignedInAt = "coopportal:signed_in_at";
}
