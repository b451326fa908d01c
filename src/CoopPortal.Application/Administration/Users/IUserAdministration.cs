using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Administration.Users;

/// <summary>
/// The admin's work on accounts (issue 7, "Admin: users"): search, roles, province of provincial staff, lock and unlock.
/// Only an admin may call it; everyone else gets NotFound. Every change writes one audit entry per change, with old and
/// new values, in the same transaction, and renews the account's security stamp so open sessions are revalidated.
/// Implemented with ASP.NET Core Identity in Infrastructure.
/// </summary>
public interface IUserAdministration
{
    /// <summary>Accounts whose name, national code, email or mobile contains <paramref name="query"/>'s text (Persian or ASCII digits).</summary>
    Task<Result<UserPage>> SearchAsync(UserSearch query, CancellationToken cancellationToken);

    Task<Result<UserDetails>> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Sets the account's roles and (for reviewers and heads of office) its province.</summary>
    Task<Result> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, int? provinceId, CancellationToken cancellationToken);

    /// <summary>Locks the account until an admin unlocks it; the reason is kept in the audit.</summary>
    Task<Result> LockAsync(string userId, string reason, CancellationToken cancellationToken);

    Task<Result> UnlockAsync(string userId, CancellationToken cancellationToken);
}

public sealed record UserSearch(string? Text = null, string? Role = null, int? ProvinceId = null, int Page = 1)
{
    public const int PageSize = 25;
}

public sealed record UserPage(IReadOnlyList<UserListItem> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

public sealed record UserListItem(
    string Id,
    string FullName,
    string NationalCode,
    string? Email,
    IReadOnlyList<string> Roles,
    string? ProvinceName,
    bool IsLocked,
    DateTime CreatedAtUtc);

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
    IReadOnlyList<UserAuditItem> History);

public sealed record UserAuditItem(DateTime AtUtc, string ActorName, string Description, string? OldValue, string? NewValue);

/// <summary>The Persian words of refusals, shared by the implementation and its tests.</summary>
public static class UserAdministrationMessages
{
    public const string ProvinceRequired = "برای کارشناس اداره کل و مدیر امور تعاونی استان، استان را انتخاب کنید.";
    public const string UnknownProvince = "استان انتخاب‌شده وجود ندارد.";
    public const string UnknownRole = "نقش انتخاب‌شده شناخته نیست.";
    public const string OwnAdminRole = "نمی‌توانید نقش مدیر سامانه را از حساب خودتان بردارید.";
    public const string SelfLock = "نمی‌توانید حساب خودتان را قفل کنید.";
    public const string ReasonRequired = "دلیل قفل کردن حساب را بنویسید.";
    public const string AlreadyLocked = "این حساب پیش از این قفل شده است.";
    public const string NotLocked = "این حساب قفل نیست.";
    public const string NothingChanged = "تغییری برای ذخیره وجود ندارد.";
}
