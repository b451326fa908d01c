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

    /// <summary>
    /// Set on the request's principal (never stored) for staff who must log in with a second factor and have not
    /// enrolled an authenticator: their staff roles are left out until they do, and pages send them to the enrolment.
    /// </summary>
    public const string MustEnrolTwoFactor = "coopportal:must_enrol_2fa";
}
