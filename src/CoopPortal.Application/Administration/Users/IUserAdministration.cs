using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Administration.Users;

/// <summary>
/// The admin's work on accounts (issue 7, "Admin: users"): search, roles, the office of provincial and county staff
/// (issue 20: a province, and a county for a county office), lock and unlock.
/// Only an admin may call it; everyone else gets NotFound. Every change writes one audit entry per change, with old and
/// new values, in the same transaction, and renews the account's security stamp so open sessions are revalidated.
/// Implemented with ASP.NET Core Identity in Infrastructure.
/// </summary>
public interface IUserAdministration
{
    /// <summary>Accounts whose name, national code, email or mobile contains <paramref name="query"/>'s text (Persian or ASCII digits).</summary>
    Task<Result<UserPage>> SearchAsync(UserSearch query, CancellationToken cancellationToken);

    Task<Result<UserDetails>> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the account's roles and, for reviewers and heads of office, its office: the province, and the county of a
    /// county office (null: the provincial office). Only <see cref="RoleHelp.Assignable"/> roles are granted; a county
    /// must be of the province; headquarters (a national role) goes with no office role. Without an office role the
    /// province and the county are cleared. A change of either renews the security stamp, like a change of roles.
    /// </summary>
    Task<Result> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, int? provinceId, int? countyId, CancellationToken cancellationToken);

    /// <summary>Locks the account until an admin unlocks it; the reason is kept in the audit.</summary>
    Task<Result> LockAsync(string userId, string reason, CancellationToken cancellationToken);

    Task<Result> UnlockAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the account's authenticator and recovery codes (a lost phone) and ends its sessions; staff must enrol a
    /// new authenticator at their next log-in. Audited.
    /// </summary>
    Task<Result> ResetAuthenticatorAsync(string userId, CancellationToken cancellationToken);
}
