namespace CoopPortal.Application.Common.Security;

/// <summary>
/// The person a use case runs for. The Web host builds it per request (or per circuit) from the authenticated user,
/// reading roles and province from the database so a change takes effect at once.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsAuthenticated { get; }

    /// <summary>The province of a reviewer or head of office; null for everyone else.</summary>
    int? ProvinceId { get; }

    bool IsInRole(string role);
}
