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
}
