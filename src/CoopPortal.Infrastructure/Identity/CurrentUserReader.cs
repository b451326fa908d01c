using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// Reads an account as a use case sees it: roles and province from the database, the national code only when it is
/// proven (<see cref="ICurrentUser.NationalCode"/>), the cooperative-manager role only through a proven code, and
/// staff roles that need a second factor only once the account has enrolled one. The inspector role is derived the
/// same way: a proven national code that is an inspector of some cooperative whose term covers today (the portal's
/// clock, so it ends with the term); the liquidator role too (a liquidation not ended whose period covers today). Whether a county office's head takes the head steps is the offices' rule
/// (<see cref="OfficeRules"/>), read at every call like the roles, so a change of the rule applies at once.
/// </summary>
public sealed class CurrentUserReader(IDbContextFactory<AppDbContext> factory, TimeProvider time, IOptionsMonitor<OfficeRules> offices)
{
    public Task<CurrentUserSnapshot> ReadAsync(string userId, CancellationToken cancellationToken) => ReadAsync(userId, null, cancellationToken);

    /// <summary>
    /// The account as a use case sees it; anonymous when it is locked, gone, or (with <paramref name="securityStamp"/>)
    /// when the session's stamp is no longer the account's: a circuit opened before a log-out, password change, lock or
    /// role change acts for nobody at once (the revalidating authentication state provider ends the circuit itself).
    /// </summary>
    public async Task<CurrentUserSnapshot> ReadAsync(string userId, string? securityStamp, CancellationToken cancellationToken)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        var today = PersianFormat.LocalDate(time.GetUtcNow().UtcDateTime);
        var account = await context.Users.AsNoTracking()
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < DateTimeOffset.UtcNow))
            .Select(u => new
            {
                u.SecurityStamp,
                u.TwoFactorEnabled,
                u.ProvinceId,
                u.CountyId,
                u.NationalCode,
                Proven = u.IdentityProvenAtUtc != null,
                Roles = context.UserRoles.Where(ur => ur.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                ManagesCooperative = u.IdentityProvenAtUtc != null && context.Cooperatives.Any(c => c.Managers.Any(m => m.NationalCode == u.NationalCode)),
                InspectsCooperative = u.IdentityProvenAtUtc != null && context.Cooperatives.Any(c => c.Officers.Any(o =>
                    o.Role == OfficerRole.Inspector && o.NationalCode == u.NationalCode
                    && (o.TermStartsOn == null || o.TermStartsOn <= today) && o.TermEndsOn != null && o.TermEndsOn >= today)),
                Liquidates = u.IdentityProvenAtUtc != null && context.Liquidations.Any(l => l.LiquidatorCodes.Contains(u.NationalCode!)
                    && l.Status != Domain.Liquidation.LiquidationStatus.StruckOff && l.StartsOn <= today && l.EndsOn >= today),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null || (securityStamp is not null && !string.Equals(securityStamp, account.SecurityStamp, StringComparison.Ordinal)))
        {
            return CurrentUserSnapshot.Anonymous;
        }

        // A cooperative's managers are linked by national code (founding assembly or import): holding that national
        // code, proven, is what makes the account a cooperative manager, whenever the account or the link was made.
        // Staff who must log in with a second factor act without those roles until they enrol an authenticator.
        var roles = account.Roles
            .Where(r => account.TwoFactorEnabled || !Domain.Users.Roles.RequireTwoFactor.Contains(r, StringComparer.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        if (account.ManagesCooperative)
        {
            roles.Add(Domain.Users.Roles.CooperativeManager);
        }

        // An inspector's term is what makes the account an inspector: the role comes with the term and goes with it.
        if (account.InspectsCooperative)
        {
            roles.Add(Domain.Users.Roles.Inspector);
        }

        // A liquidator likewise: named in a liquidation not yet ended, within its period (each case checks the term itself).
        if (account.Liquidates)
        {
            roles.Add(Domain.Users.Roles.Liquidator);
        }

        var countyId = account.ProvinceId is null ? null : account.CountyId;
        return new CurrentUserSnapshot(userId, roles, account.ProvinceId)
        {
            CountyId = countyId,
            TakesHeadSteps = offices.CurrentValue.HeadTakesHeadSteps(countyId),
            NationalCode = account.Proven ? account.NationalCode : null,
            ClaimedNationalCode = account.NationalCode,
        };
    }
}
