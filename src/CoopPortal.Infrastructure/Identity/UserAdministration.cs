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

            if (!string.IsNullOrEmpty(query.Role))
            {
                var role = query.Role.ToUpperInvariant();
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)));
            }

            if (query.ProvinceId is { } provinceId)
            {
                users = users.Where(u => u.ProvinceId == provinceId);
            }

            var total = await users.CountAsync(cancellationToken);
            var page = Math.Max(1, query.Page);
            var rows = await users.OrderByDescending(u => u.CreatedAtUtc).ThenBy(u => u.Id)
                .Skip((page - 1) * UserSearch.PageSize).Take(UserSearch.PageSize)
                .Select(u => new { u.Id, u.FullName, u.NationalCode, u.Email, u.ProvinceId, u.LockoutEnd, u.CreatedAtUtc })
                .ToListAsync(cancellationToken);
            var ids = rows.Select(r => r.Id).ToList();
            var roles = await RolesOfAsync(db, ids, cancellationToken);
            var provinces = await ProvinceNamesAsync(db, cancellationToken);
            var now = clock.GetUtcNow();
            var items = rows.Select(r => new UserListItem(
                    r.Id,
                    r.FullName,
                    r.NationalCode,
                    r.Email,
                    roles.TryGetValue(r.Id, out var held) ? held : [],
                    r.ProvinceId is { } p ? provinces.GetValueOrDefault(p) : null,
                    r.LockoutEnd > now,
                    r.CreatedAtUtc))
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
        var provinces = await ProvinceNamesAsync(db, cancellationToken);
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
        });
    }

    public async Task<Result> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, int? provinceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var admin = await AdminAsync(cancellationToken);
        if (admin is null)
        {
            return Result.NotFound();
        }

        var errors = new ValidationErrors();
        var wanted = roles.ToHashSet(RoleOrder);
        if (wanted.Any(r => !Roles.All.Contains(r, RoleOrder)))
        {
            errors.Add("roles", UnknownRole);
        }

        var scoped = wanted.Any(r => Roles.ProvinceScoped.Contains(r, RoleOrder));
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!scoped)
        {
            provinceId = null;
        }
        else if (provinceId is null)
        {
            errors.Add("province", ProvinceRequired);
        }
        else if (!await db.Provinces.AnyAsync(p => p.Id == provinceId, cancellationToken))
        {
            errors.Add("province", UnknownProvince);
        }

        if (errors.Any)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        if (user.Id == admin && !wanted.Contains(Roles.Admin))
        {
            return Result.Forbidden(OwnAdminRole);
        }

        var allRoles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, RoleOrder, cancellationToken);
        var links = await db.UserRoles.Where(ur => ur.UserId == user.Id).ToListAsync(cancellationToken);
        var roleNames = allRoles.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        var held = links.Select(l => roleNames[l.RoleId]).ToHashSet(RoleOrder);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = false;

        if (!held.SetEquals(wanted))
        {
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
            changed = true;
        }

        if (user.ProvinceId != provinceId)
        {
            var provinces = await ProvinceNamesAsync(db, cancellationToken);
            var oldName = user.ProvinceId is { } o ? provinces.GetValueOrDefault(o) ?? o.ToString(Application.Common.Formatting.PersianFormat.Culture) : null;
            var newName = provinceId is { } n ? provinces.GetValueOrDefault(n) : null;
            var description = newName is null ? "استان حساب برداشته شد" : $"استان حساب «{newName}» شد";
            db.AuditEntries.Add(new AuditEntry(now, admin, AuditArea.Users, user.Id, description, oldName, newName));
            user.ProvinceId = provinceId;
            changed = true;
        }

        if (!changed)
        {
            return Result.Success();
        }

        Renew(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
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

    private static async Task<Dictionary<string, IReadOnlyList<string>>> RolesOfAsync(AppDbContext db, List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.AsNoTracking()
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(p => p.Name!).OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList(),
                StringComparer.Ordinal);
    }

    private static Task<Dictionary<int, string>> ProvinceNamesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
}
