using CoopPortal.Application.Common.Security;

namespace CoopPortal.UnitTests.TestSupport;

/// <summary>An <see cref="ICurrentUser"/> with fixed roles and province, for rules that ask who is acting.</summary>
public sealed class FakeCurrentUser : ICurrentUser
{
    private readonly HashSet<string> _roles;

    public FakeCurrentUser(bool isAuthenticated, int? provinceId, params string[] roles)
    {
        IsAuthenticated = isAuthenticated;
        ProvinceId = provinceId;
        UserId = isAuthenticated ? "user-1" : null;
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
    }

    public string? UserId { get; }

    public bool IsAuthenticated { get; }

    public int? ProvinceId { get; }

    public int? CountyId { get; init; }

    private readonly bool? _takesHeadSteps;

    /// <summary>As the offices' rule decides it; by default a provincial head does, a county head does not.</summary>
    public bool TakesHeadSteps
    {
        get => _takesHeadSteps ?? CountyId is null;
        init => _takesHeadSteps = value;
    }

    public bool IsInRole(string role) => _roles.Contains(role);

    public static FakeCurrentUser Anonymous() => new(false, null);

    public static FakeCurrentUser WithRole(string role, int? provinceId = null) => new(true, provinceId, role);

    /// <summary>A county office's reviewer or head: <paramref name="countyId"/> within <paramref name="provinceId"/>.</summary>
    public static FakeCurrentUser OfCounty(string role, int provinceId, int countyId) => new(true, provinceId, role) { CountyId = countyId };
}
