namespace CoopPortal.Application.Administration.Users;

public sealed record UserListItem(
    string Id,
    string FullName,
    string NationalCode,
    string? Email,
    IReadOnlyList<string> Roles,
    string? ProvinceName,
    bool IsLocked,
    DateTime CreatedAtUtc)
{
    /// <summary>The county of a county office's staff; null for a provincial office's and for everyone else.</summary>
    public string? CountyName { get; init; }

    /// <summary>The derived roles (<see cref="RoleHelp.Derived"/>) the account holds today, beside the stored <see cref="Roles"/>.</summary>
    public IReadOnlyList<string> DerivedRoles { get; init; } = [];

    /// <summary>The office as a person reads it («استان زنجان، شهرستان ابهر»), or null for an account without one.</summary>
    public string? Office => UserOffice.Describe(ProvinceName, CountyName);
}
