namespace CoopPortal.Application.Administration.Users;

public sealed record UserDetails(
    string Id,
    string FullName,
    string NationalCode,
    string? Email,
    string? PhoneNumber,
    IReadOnlyList<string> Roles,
    int? ProvinceId,
    string? ProvinceName,
    bool IsLocked,
    DateTimeOffset? LockoutEndUtc,
    DateTime CreatedAtUtc,
    IReadOnlyList<UserAuditItem> History)
{
    /// <summary>Whether the account logs in with an authenticator app (two-factor).</summary>
    public bool TwoFactorEnabled { get; init; }

    /// <summary>The county of a county office's staff (within <see cref="ProvinceId"/>); null for a provincial office's.</summary>
    public int? CountyId { get; init; }

    public string? CountyName { get; init; }

    /// <summary>The derived roles (<see cref="RoleHelp.Derived"/>) the account holds today through its proven national code.</summary>
    public IReadOnlyList<string> DerivedRoles { get; init; } = [];

    /// <summary>The office as a person reads it («استان زنجان، شهرستان ابهر»), or null for an account without one.</summary>
    public string? Office => UserOffice.Describe(ProvinceName, CountyName);
}
