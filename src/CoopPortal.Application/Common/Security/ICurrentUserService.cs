namespace CoopPortal.Application.Common.Security;

/// <summary>
/// Gives a use case the person it runs for, read fresh (roles and province from the database) on each call, so a role
/// removed by an admin stops working at once, even in an open session.
/// </summary>
public interface ICurrentUserService
{
    Task<ICurrentUser> GetAsync(CancellationToken cancellationToken);
}

/// <summary>A snapshot of the current user.</summary>
public sealed record CurrentUserSnapshot(string? UserId, IReadOnlySet<string> Roles, int? ProvinceId) : ICurrentUser
{
    public static CurrentUserSnapshot Anonymous { get; } = new(null, new HashSet<string>(), null);

    public string? NationalCode { get; init; }

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);
}
