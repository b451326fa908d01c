namespace CoopPortal.Application.Common.Security;

/// <summary>A snapshot of the current user.</summary>
public sealed record CurrentUserSnapshot(string? UserId, IReadOnlySet<string> Roles, int? ProvinceId) : ICurrentUser
{
    public static CurrentUserSnapshot Anonymous { get; } = new(null, new HashSet<string>(), null);

    public string? NationalCode { get; init; }

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);
}
