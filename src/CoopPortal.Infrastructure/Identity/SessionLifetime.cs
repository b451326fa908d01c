using System.Globalization;
using System.Security.Claims;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// The absolute session lifetime: a session ends a fixed time after log-in, however often its sliding cookie is renewed.
/// The log-in time travels in the cookie (<see cref="PortalClaims.SignedInAt"/>); a session without it is over.
/// </summary>
public static class SessionLifetime
{
    public static string Format(DateTimeOffset signedInAt) =>
        signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static DateTimeOffset? SignedInAt(ClaimsPrincipal? principal) => Parse(principal?.FindFirst(PortalClaims.SignedInAt)?.Value);

    /// <summary>True when the session has no log-in time or has lasted <paramref name="lifetime"/> or longer.</summary>
    public static bool HasEnded(DateTimeOffset? signedInAt, DateTimeOffset now, TimeSpan lifetime) =>
        signedInAt is not { } at || now - at >= lifetime;
}
