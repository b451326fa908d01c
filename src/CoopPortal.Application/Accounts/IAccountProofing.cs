using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Accounts;

/// <summary>The account store as identity proofing needs it (Infrastructure: ASP.NET Core Identity's users).</summary>
public interface IAccountProofing
{
    Task<ProofingAccount?> FindAsync(string userId, CancellationToken cancellationToken);

    Task<ProofingAccount?> FindByNationalCodeAsync(string nationalCode, CancellationToken cancellationToken);

    /// <summary>Marks the account's mobile verified, when it is still <paramref name="mobile"/> (the number the code went to).</summary>
    Task<bool> ConfirmMobileAsync(string userId, string mobile, CancellationToken cancellationToken);

    /// <summary>Records that the account's national code is proven, how and (office confirmation) by whom.</summary>
    Task MarkProvenAsync(string userId, IdentityProof how, string? byUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Gives an unproven account back to the national code's holder: its mobile becomes <paramref name="mobile"/> (which the
    /// identity check matched to the national code), unverified until a code sent there is used; its password is removed
    /// and its security stamp renewed, so whoever registered it is signed out and cannot sign in again.
    /// </summary>
    Task ReclaimAsync(string userId, string mobile, CancellationToken cancellationToken);

    /// <summary>The accounts holding these national codes whose national code is not proven yet.</summary>
    Task<IReadOnlyList<ProofingAccount>> UnprovenWithNationalCodesAsync(IReadOnlyCollection<string> nationalCodes, CancellationToken cancellationToken);
}
