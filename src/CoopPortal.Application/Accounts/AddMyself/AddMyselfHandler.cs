using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Accounts.AddMyself;

/// <summary>
/// «افزودن خودم»: the applicant joins their own application as a member with what their account already holds — their
/// name, national code and registered mobile (issue 18) — read on the server, not taken from the page. The change is an
/// ordinary member added (<see cref="EditDraftHandler.AddMemberAsync"/>), with its checks and its access rule. It lives
/// with the accounts, which it reads: the formation use cases do not depend on the account store.
/// </summary>
public sealed class AddMyselfHandler(EditDraftHandler edit, ICurrentUserService currentUser, IAccountProofing accounts)
{
    public async Task<Result<MembersCheck>> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var account = user.UserId is { } id ? await accounts.FindAsync(id, cancellationToken) : null;
        if (account is null)
        {
            return Result<MembersCheck>.NotFound();
        }

        return await edit.AddMemberAsync(
            applicationId,
            new MemberDetails(account.FullName, null, account.NationalCode, null, account.Mobile, null, null, null, null),
            cancellationToken);
    }
}
