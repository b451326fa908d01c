namespace CoopPortal.Infrastructure.Identity;

/// <summary>Claim types the portal adds to the sign-in cookie (display only; access is decided from the database).</summary>
public static class PortalClaims
{
    public const string FullName = "coopportal:full_name";
}
