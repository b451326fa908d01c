using CoopPortal.Application.Common.Proofing;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>
/// The last step of proofing: an account whose mobile is verified is proven when the identity check (شاهکار) says the
/// line is registered to its national code; the office of any cooperative the code manages is told.
/// </summary>
public sealed class IdentityProofing(IAccountProofing accounts, IIdentityCheck identityCheck, ManagerAccountNotifier notifier)
{
    /// <summary>The check's answer, or null when there was nothing to check (already proven, or mobile not verified).</summary>
    public async Task<IdentityCheckOutcome?> ProveAsync(ProofingAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Proven || !account.MobileConfirmed)
        {
            return null;
        }

        var outcome = await identityCheck.CheckAsync(account.NationalCode, account.Mobile, cancellationToken).ConfigureAwait(false);
        if (outcome == IdentityCheckOutcome.Match)
        {
            await accounts.MarkProvenAsync(account.UserId, IdentityProof.MobileAndIdentityCheck, null, cancellationToken);
            await notifier.NotifyAsync(account.NationalCode, account.FullName, proven: true, cancellationToken);
        }

        return outcome;
    }
}
