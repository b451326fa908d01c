using CoopPortal.Application.Common.Proofing;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>
/// Proves the signed-in person's national code: an SMS code proves they hold the account's mobile, then the identity
/// check (شاهکار) says whether that line is registered to their national code. Both together make the national code
/// proven (<see cref="ICurrentUser.NationalCode"/>), and with it any cooperative managed through it. When the check
/// says no, the office can confirm the person instead (<see cref="ManagerLinks.ManagerLinksHandler"/>).
/// </summary>
public sealed class VerifyMobileHandler(
    ICurrentUserService currentUser, IAccountProofing accounts, OneTimeCodeService codes, IdentityProofing proofing)
{
    public const string CodeField = "Code";

    /// <summary>The person's state; null when nobody is signed in.</summary>
    public async Task<MobileVerificationState?> StateAsync(CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        return account is null ? null : new MobileVerificationState(account.Mobile, account.MobileConfirmed, account.Proven);
    }

    /// <summary>Texts a code to the account's mobile (throttled).</summary>
    public async Task<Result> SendCodeAsync(CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        if (account is null)
        {
            return Result.NotFound();
        }

        var (outcome, wait) = await codes.SendAsync(account.UserId, OneTimeCodePurpose.VerifyMobile, account.Mobile, cancellationToken);
        return outcome switch
        {
            OneTimeCodeSent.Sent => Result.Success(),
            OneTimeCodeSent.Throttled => Result.Conflict(OneTimeCodeService.ThrottledMessage(wait)),
            _ => Result.Conflict(OneTimeCodeService.GatewayFailedMessage),
        };
    }

    /// <summary>Checks the typed code; when right, the mobile is verified and the identity check asked.</summary>
    public async Task<Result<MobileVerificationState>> ConfirmAsync(string? code, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        if (account is null)
        {
            return Result<MobileVerificationState>.NotFound();
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(CodeField, OneTimeCodeService.CodeRequired);
            return Result<MobileVerificationState>.Invalid(errors.ToDictionary());
        }

        var (check, mobile) = await codes.VerifyAsync(account.UserId, OneTimeCodePurpose.VerifyMobile, code, cancellationToken);
        if (OneTimeCodeService.Message(check) is { } refusal)
        {
            errors.Add(CodeField, refusal);
            return Result<MobileVerificationState>.Invalid(errors.ToDictionary());
        }

        if (!await accounts.ConfirmMobileAsync(account.UserId, mobile!, cancellationToken))
        {
            // The account's mobile changed after the code was sent: the code proves the old number only.
            errors.Add(CodeField, OneTimeCodeService.ExpiredCode);
            return Result<MobileVerificationState>.Invalid(errors.ToDictionary());
        }

        return Result<MobileVerificationState>.Success(await IdentityCheckAsync(account with { MobileConfirmed = true }, cancellationToken));
    }

    /// <summary>Asks the identity check again (after it did not answer).</summary>
    public async Task<Result<MobileVerificationState>> CheckAgainAsync(CancellationToken cancellationToken)
    {
        var account = await AccountAsync(cancellationToken);
        return account is null ? Result<MobileVerificationState>.NotFound() : Result<MobileVerificationState>.Success(await IdentityCheckAsync(account, cancellationToken));
    }

    private async Task<MobileVerificationState> IdentityCheckAsync(ProofingAccount account, CancellationToken cancellationToken)
    {
        var outcome = await proofing.ProveAsync(account, cancellationToken);
        return new MobileVerificationState(account.Mobile, account.MobileConfirmed, account.Proven || outcome == IdentityCheckOutcome.Match, outcome);
    }

    private async Task<ProofingAccount?> AccountAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return user.UserId is { } id ? await accounts.FindAsync(id, cancellationToken) : null;
    }
}
