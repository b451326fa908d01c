namespace CoopPortal.Application.Administration.Users;

public sealed record UserListItem(
    string Id,
    string FullName,
    string NationalCode,
    string? Email,
    IReadOnlyList<string> Roles,
    string? ProvinceName,
    bool IsLocked,
    DateTime CreatedAtUtc);
