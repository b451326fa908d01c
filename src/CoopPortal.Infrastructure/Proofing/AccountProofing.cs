using CoopPortal.Application.Accounts;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>Identity proofing's view of the accounts, straight on the Identity tables (a short-lived context per call).</summary>
internal sealed class AccountProofing(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : IAccountProofing
{
    public async Task<ProofingAccount?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await Select(db.Users.Where(u => u.Id == userId)).ToListAsync(cancellationToken)).SingleOrDefault();
    }

    public async Task<ProofingAccount?> FindByNationalCodeAsync(string nationalCode, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await Select(db.Users.Where(u => u.NationalCode == nationalCode)).ToListAsync(cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> ConfirmMobileAsync(string userId, string mobile, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId && u.PhoneNumber == mobile)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumberConfirmed, true).SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken) == 1;
    }

    public async Task MarkProvenAsync(string userId, IdentityProof how, string? byUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId && u.IdentityProvenAtUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.IdentityProvenAtUtc, now)
                .SetProperty(u => u.IdentityProof, how)
                .SetProperty(u => u.IdentityProvenByUserId, byUserId)
                .SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
    }

    public async Task ReclaimAsync(string userId, string mobile, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId && u.IdentityProvenAtUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.PhoneNumber, mobile)
                .SetProperty(u => u.PhoneNumberConfirmed, false)
                .SetProperty(u => u.PasswordHash, (string?)null)
                .SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString())
                .SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
    }

    public async Task<IReadOnlyList<ProofingAccount>> UnprovenWithNationalCodesAsync(IReadOnlyCollection<string> nationalCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nationalCodes);
        if (nationalCodes.Count == 0)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Select(db.Users.Where(u => nationalCodes.Contains(u.NationalCode) && u.IdentityProvenAtUtc == null)).ToListAsync(cancellationToken);
    }

    private IQueryable<ProofingAccount> Select(IQueryable<ApplicationUser> users)
    {
        var now = clock.GetUtcNow();
        return users.AsNoTracking().Select(u => new ProofingAccount(
            u.Id, u.FullName, u.NationalCode, u.PhoneNumber ?? string.Empty, u.PhoneNumberConfirmed, u.IdentityProvenAtUtc != null, u.CreatedAtUtc,
            u.LockoutEnd != null && u.LockoutEnd > now));
    }
}
