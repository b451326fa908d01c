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

    /// <summary>
    /// Forgets the account's authenticator and recovery codes (a lost phone) and ends its sessions; staff must enrol a
    /// new authenticator at their next log-in. Audited.
    /// </summary>
    Task<Result> ResetAuthenticatorAsync(string userId, CancellationToken cancellationToken);
}
