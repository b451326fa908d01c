using CoopPortal.Application.Administration.Users;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Persistence.ReadReplica;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static CoopPortal.Application.Administration.Users.UserAdministrationMessages;
using static CoopPortal.Infrastructure.Identity.UserAdministrationReads;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>
/// <see cref="IUserAdministration"/> on the Identity tables. Each call opens its own context (Blazor circuits are long
/// lived); a change, its audit entries and the new security stamp are written by one SaveChanges, so they commit together.
/// The list of users is read from the read replica when there is one (ADR 17); one user's page, read after a change,
/// from the primary.
/// </summary>
internal sealed class UserAdministration(
    IDbContextFactory<AppDbContext> factory,
    ReadOnlyDbContextFactory reads,
    ICurrentUserService currentUser,
    TimeProvider clock) : IUserAdministration
{
    private static readonly StringComparer RoleOrder = StringComparer.Ordinal;

    public async Task<Result<UserPage>> SearchAsync(UserSearch query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await AdminAsync(cancellationToken) is null)
        {
            return Result<UserPage>.NotFound();
        }

        return await reads.ReadIdentityAsync(async db =>
        {
            var users = db.Users.AsNoTracking();
            var text = PersianDigits.ToAscii(PersianText.Normalize(query.Text));
            if (text.Length > 0)
            {
                var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                users = users.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.NationalCode, pattern)
                    || EF.Functions.ILike(u.Email ?? string.Empty, pattern) || EF.Functions.ILike(u.PhoneNumber ?? string.Empty, pattern));
            }

            var today = Today(clock);
            if (!string.IsNullOrEmpty(query.Role))
            {
                users = Holding(db, users, query.Role, today);
            }

            if (query.ProvinceId is { } provinceId)
            {
                users = users.Where(u => u.ProvinceId == provinceId);
            }

            var total = await users.CountAsync(cancellationToken);
            var page = Math.Max(1, query.Page);
            var rows = await users.OrderByDescending(u => u.CreatedAtUtc).ThenBy(u => u.Id)
                .Skip((page - 1) * UserSearch.PageSize).Take(UserSearch.PageSize)
                .Select(u => new { u.Id, u.FullName, u.NationalCode, u.Email, u.ProvinceId, u.CountyId, u.LockoutEnd, u.CreatedAtUtc })
                .ToListAsync(cancellationToken);
            var ids = rows.Select(r => r.Id).ToList();
            var roles = await RolesOfAsync(db, ids, cancellationToken);
            var derived = await DerivedRolesAsync(db, ids, today, cancellationToken);
            var provinces = await ProvinceNamesAsync(db, cancellationToken);
            var counties = await CountiesAsync(db, rows.Select(r => r.CountyId), cancellationToken);
            var now = clock.GetUtcNow();
            var items = rows.Select(r => new UserListItem(
                    r.Id,
                    r.FullName,
                    r.NationalCode,
                    r.Email,
                    roles.TryGetValue(r.Id, out var held) ? held : [],
                    r.ProvinceId is { } p ? provinces.GetValueOrDefault(p) : null,
                    r.LockoutEnd > now,
                    r.CreatedAtUtc)
                {
                    CountyName = CountyName(counties, r.ProvinceId, r.CountyId),
                    DerivedRoles = derived.GetValueOrDefault(r.Id) ?? [],
                })
                .ToList();
            return Result<UserPage>.Success(new UserPage(items, total, page, UserSearch.PageSize));
        }, cancellationToken);
    }

    public async Task<Result<UserDetails>> GetAsync(string userId, CancellationToken cancellationToken)
    {
        if (await AdminAsync(cancellationToken) is null)
        {
            return Result<UserDetails>.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result<UserDetails>.NotFound();
        }

        var roles = await RolesOfAsync(db, [user.Id], cancellationToken);
        var derived = await DerivedRolesAsync(db, [user.Id], Today(clock), cancellationToken);
        var provinces = await ProvinceNamesAsync(db, cancellationToken);
        var counties = await CountiesAsync(db, [user.CountyId], cancellationToken);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Area == AuditArea.Users && a.Subject == user.Id)
            .OrderByDescending(a => a.AtUtc)
            .Select(a => new UserAuditItem(
                a.AtUtc,
                db.Users.Where(u => u.Id == a.ActorUserId).Select(u => u.FullName).FirstOrDefault() ?? a.ActorUserId,
                a.Description,
                a.OldValue,
                a.NewValue))
            .ToListAsync(cancellationToken);
        return Result<UserDetails>.Success(new UserDetails(
            user.Id,
            user.FullName,
            user.NationalCode,
            user.Email,
            user.PhoneNumber,
            roles.TryGetValue(user.Id, out var held) ? held : [],
            user.ProvinceId,
            user.ProvinceId is { } p ? provinces.GetValueOrDefault(p) : null,
            user.LockoutEnd > clock.GetUtcNow(),
            user.LockoutEnd,
            user.CreatedAtUtc,
            history)
        {
            TwoFactorEnabled = user.TwoFactorEnabled,
            CountyId = CountyName(counties, user.ProvinceId, user.CountyId) is null ? null : user.CountyId,
            CountyName = CountyName(counties, user.ProvinceId, user.CountyId),
            DerivedRoles = derived.GetValueOrDefault(user.Id) ?? [],
        });
    }

    public async Task<Result> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, int? provinceId, int? countyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var admin = await AdminAsync(cancellationToken);
        if (admin is null)
        {
            return Result.NotFound();
        }

        var wanted = roles.ToHashSet(RoleOrder);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (office, errors) = await CheckOfficeAsync(db, wanted, provinceId, countyId, cancellationToken);
        if (errors.Any)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        (provinceId, countyId) = office;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        if (user.Id == admin && !wanted.Contains(Roles.Admin))
        {
            return Result.Forbidden(OwnAdminRole);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await ChangeRolesAsync(db, user, wanted, admin, now, cancellationToken);
        var provinces = await ProvinceNamesAsync(db, cancellationToken);
        if (user.ProvinceId != provinceId)
        {
            var oldName = user.ProvinceId is { } o ? provinces.GetValueOrDefault(o) ?? o.ToString(Application.Common.Formatting.PersianFormat.Culture) : null;
            var newName = provinceId is { } n ? provinces.GetValueOrDefault(n) : null;
            var description = newName is null ? "استان حساب برداشته شد" : $"استان حساب «{newName}» شد";
            db.AuditEntries.Add(new AuditEntry(now, admin, AuditArea.Users, user.Id, description, oldName, newName));
            changed = true;
        }

        if (user.CountyId != countyId)
        {
            // Recorded like the province: the office it became in the description, the counties' names as the values.
            var counties = await CountiesAsync(db, [user.CountyId, countyId], cancellationToken);
            var oldCounty = user.CountyId is { } oc ? counties.GetValueOrDefault(oc).Name : null;
            var newCounty = countyId is { } nc ? counties[nc].Name : null;
            var province = provinceId is { } p ? provinces.GetValueOrDefault(p) : null;
            db.AuditEntries.Add(new AuditEntry(now, admin, AuditArea.Users, user.Id, UserOffice.CountyChange(province, newCounty), oldCounty, newCounty));
            changed = true;
        }

        if (!changed)
        {
            return Result.Success();
        }

        // The office is part of what a session may do (OfficeScope): a new one ends open sessions like a new role does.
        user.ProvinceId = provinceId;
        user.CountyId = countyId;
        Renew(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// The office the roles carry, or the refusals: only assignable roles; headquarters (national) not with an office
    /// role; an office role needs an existing province, and a county, if any, of that province. Without an office role
    /// the province and the county are cleared, whatever was sent.
    /// </summary>
    private static async Task<((int? ProvinceId, int? CountyId) Office, ValidationErrors Errors)> CheckOfficeAsync(
        AppDbContext db, HashSet<string> wanted, int? provinceId, int? countyId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (wanted.Any(RoleHelp.IsDerived))
        {
            errors.Add("roles", DerivedRole);
        }
        else if (wanted.Any(r => !RoleHelp.Assignable.Contains(r, RoleOrder)))
        {
            errors.Add("roles", UnknownRole);
        }

        var scoped = wanted.Any(r => Roles.ProvinceScoped.Contains(r, RoleOrder));
        if (scoped && wanted.Contains(Roles.Headquarters))
        {
            errors.Add("roles", HeadquartersIsNational);
        }

        if (!scoped)
        {
            return ((null, null), errors);
        }

        if (provinceId is null)
        {
            errors.Add("province", ProvinceRequired);
        }
        else if (!await db.Provinces.AnyAsync(p => p.Id == provinceId, cancellationToken))
        {
            errors.Add("province", UnknownProvince);
        }
        else if (countyId is { } county)
        {
            var countyProvince = await db.Counties.Where(c => c.Id == county).Select(c => (int?)c.ProvinceId).SingleOrDefaultAsync(cancellationToken);
            if (countyProvince != provinceId)
            {
                errors.Add("county", countyProvince is null ? UnknownCounty : CountyNotInProvince);
            }
        }

        return ((provinceId, countyId), errors);
    }

    /// <summary>Replaces the account's stored roles with <paramref name="wanted"/>, audited; false when they were the same.</summary>
    private static async Task<bool> ChangeRolesAsync(AppDbContext db, ApplicationUser user, HashSet<string> wanted, string admin, DateTime now, CancellationToken cancellationToken)
    {
        var allRoles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, RoleOrder, cancellationToken);
        var links = await db.UserRoles.Where(ur => ur.UserId == user.Id).ToListAsync(cancellationToken);
        var roleNames = allRoles.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        var held = links.Select(l => roleNames[l.RoleId]).ToHashSet(RoleOrder);
        if (held.SetEquals(wanted))
        {
            return false;
        }

        db.UserRoles.RemoveRange(links.Where(l => !wanted.Contains(roleNames[l.RoleId])));
        foreach (var role in wanted.Where(r => !held.Contains(r)))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = allRoles[role] });
        }

        var added = wanted.Where(r => !held.Contains(r)).Order(RoleOrder).Select(Roles.Title).ToList();
        var removed = held.Where(r => !wanted.Contains(r)).Order(RoleOrder).Select(Roles.Title).ToList();
        var description = "نقش‌های حساب تغییر کرد"
            + (added.Count > 0 ? $"؛ داده شد: {string.Join("، ", added)}" : string.Empty)
            + (removed.Count > 0 ? $"؛ برداشته شد: {string.Join("، ", removed)}" : string.Empty);
        db.AuditEntries.Add(new AuditEntry(now, admin, AuditArea.Users, user.Id, description, Describe(held), Describe(wanted)));
        return true;
    }

    public async Task<Result> LockAsync(string userId, string reason, CancellationToken cancellationToken)
    {
        var admin = await AdminAsync(cancellationToken);
        if (admin is null)
        {
            return Result.NotFound();
        }

        var why = PersianText.Normalize(reason);
        if (why.Length == 0)
        {
            return Result.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["reason"] = [ReasonRequired] });
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        if (user.Id == admin)
        {
            return Result.Forbidden(SelfLock);
        }

        var now = clock.GetUtcNow();
        if (user.LockoutEnd > now)
        {
            return Result.Conflict(AlreadyLocked);
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        db.AuditEntries.Add(new AuditEntry(now.UtcDateTime, admin, AuditArea.Users, user.Id, $"حساب قفل شد؛ دلیل: {why}", "باز", "قفل"));
        Renew(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        var admin = await AdminAsync(cancellationToken);
        if (admin is null)
        {
            return Result.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        var now = clock.GetUtcNow();
        if (!(user.LockoutEnd > now))
        {
            return Result.Conflict(NotLocked);
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        db.AuditEntries.Add(new AuditEntry(now.UtcDateTime, admin, AuditArea.Users, user.Id, "قفل حساب باز شد", "قفل", "باز"));
        Renew(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> ResetAuthenticatorAsync(string userId, CancellationToken cancellationToken)
    {
        var admin = await AdminAsync(cancellationToken);
        if (admin is null)
        {
            return Result.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        // Identity keeps the key and the recovery codes as tokens of its own store ("[AspNetUserStore]").
        var tokens = await db.UserTokens
            .Where(t => t.UserId == user.Id && t.LoginProvider == AuthenticatorStore && (t.Name == "AuthenticatorKey" || t.Name == "RecoveryCodes"))
            .ToListAsync(cancellationToken);
        if (!user.TwoFactorEnabled && tokens.Count == 0)
        {
            return Result.Conflict(NoAuthenticator);
        }

        db.UserTokens.RemoveRange(tokens);
        var before = user.TwoFactorEnabled ? "فعال" : "نیمه‌کاره";
        user.TwoFactorEnabled = false;
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, admin, AuditArea.Users, user.Id,
            "برنامه احراز هویت (ورود دومرحله‌ای) بازنشانی شد", before, "بازنشانی‌شده"));
        Renew(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private const string AuthenticatorStore = "[AspNetUserStore]";

    /// <summary>The admin's user id, or null when the caller is not an admin (read fresh, like every use case).</summary>
    private async Task<string?> AdminAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        return user.IsAuthenticated && user.IsInRole(Roles.Admin) ? user.UserId : null;
    }

    /// <summary>
    /// A new security stamp, as UserManager.UpdateSecurityStampAsync would write, but in the same SaveChanges as the
    /// change: open sessions are revalidated against it and must sign in again.
    /// </summary>
    private static void Renew(ApplicationUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private static string Describe(IEnumerable<string> roles)
    {
        var titles = roles.Order(RoleOrder).Select(Roles.Title).ToList();
        return titles.Count == 0 ? "بدون نقش" : string.Join("، ", titles);
    }

    /// <summary>The county's name when it is of the account's province (a county left from another province reads as none).</summary>
    private static string? CountyName(Dictionary<int, (string Name, int ProvinceId)> counties, int? provinceId, int? countyId) =>
        countyId is { } id && counties.TryGetValue(id, out var county) && county.ProvinceId == provinceId ? county.Name : null;
}
