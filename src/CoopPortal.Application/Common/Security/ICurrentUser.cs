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

    /// <summary>The person's national code (the applicant of a formation application must be one of its members).</summary>
    string? NationalCode => null;
}
