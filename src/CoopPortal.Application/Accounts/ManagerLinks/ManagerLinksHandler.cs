using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Accounts.ManagerLinks;

/// <summary>
/// The office's side of identity proofing: a reviewer or head of a province (of a county: <see cref="OfficeScope"/>) sees
/// the unproven accounts holding the national code of a manager of one of the office's cooperatives, and confirms one after checking the person's card
/// in person. Separation of duties: nobody confirms their own national code. Other offices' links are not found.
/// </summary>
public sealed class ManagerLinksHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IAccountProofing accounts, PortalClock clock)
{
    public const string OwnCodeRefused = "تأیید هویت خودتان با خودتان نیست؛ همکار دیگری از اداره باید آن را تأیید کند.";

    /// <summary>The province's pending links, oldest account first; empty for anyone but the province's office staff.</summary>
    public async Task<IReadOnlyList<PendingManagerLink>> PendingAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!IsOfficeStaff(user))
        {
            return [];
        }

        var managers = await ManagersOfOfficeAsync(user, cancellationToken);
        var pending = await accounts.UnprovenWithNationalCodesAsync(managers.Select(m => m.NationalCode).Distinct().ToList(), cancellationToken);
        return pending
            .OrderBy(a => a.CreatedAtUtc)
            .Select(a => new PendingManagerLink(a.UserId, a.FullName, a.NationalCode, a.Mobile, a.MobileConfirmed, a.CreatedAtUtc,
                managers.Where(m => m.NationalCode == a.NationalCode).Select(m => m.Cooperative).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>Confirms the account's national code (and so its manager link).</summary>
    public async Task<Result> ConfirmAsync(string accountId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!IsOfficeStaff(user))
        {
            return Result.NotFound();
        }

        var account = await accounts.FindAsync(accountId, cancellationToken);
        if (account is null || account.Proven)
        {
            return Result.NotFound();
        }

        var managers = await ManagersOfOfficeAsync(user, cancellationToken);
        if (!managers.Any(m => m.NationalCode == account.NationalCode))
        {
            return Result.NotFound();
        }

        if (account.UserId == user.UserId || account.NationalCode == user.ClaimedNationalCode)
        {
            return Result.Forbidden(OwnCodeRefused);
        }

        await accounts.MarkProvenAsync(account.UserId, IdentityProof.OfficeConfirmation, user.UserId, cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Notifications.Add(new Notification(account.UserId, "هویت شما تأیید شد",
            "اداره تعاون استان هویت شما را تأیید کرد و اکنون تعاونی‌هایی که مدیر آن‌ها هستید در «تعاونی‌های من» دیده می‌شوند.", "cooperatives", clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private static bool IsOfficeStaff(ICurrentUser user) =>
        user.IsAuthenticated && user.ProvinceId is not null && (user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice));

    private async Task<List<(string NationalCode, string Cooperative)>> ManagersOfOfficeAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var rows = await OfficeScope.FilterFor(user).Apply(db.Cooperatives.AsNoTracking(), c => c.ProvinceId, c => c.CountyId)
            .SelectMany(c => c.Managers.Select(m => new { m.NationalCode, c.Name }))
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.NationalCode, r.Name)).ToList();
    }
}
