using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.Certificate;

/// <summary>
/// A cooperative's certificates of appreciation for its card, newest first: to those who may see the card
/// (<see cref="RegistryAccess.CanSee"/>: its managers, its office, headquarters); empty for anyone else.
/// </summary>
public sealed class AppreciationCertificatesQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    public async Task<IReadOnlyList<AppreciationCertificateSummary>> HandleAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken) is null)
        {
            return [];
        }

        var rows = await db.AppreciationCertificates.AsNoTracking().Where(c => c.CooperativeId == cooperativeId)
            .OrderByDescending(c => c.IssuedAtUtc).ToListAsync(cancellationToken);
        return rows.Select(c => new AppreciationCertificateSummary(c.Id, c.Number, c.Content.FiscalYear, c.Content.Orientation, c.IssuedAtUtc)).ToList();
    }

    /// <summary>The certificate's cooperative when the user may download it (they may see the card), else null.</summary>
    internal static async Task<Guid?> DownloadableAsync(IAppDbContext db, Guid certificateId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var cooperativeId = await db.AppreciationCertificates.Where(c => c.Id == certificateId).Select(c => (Guid?)c.CooperativeId).SingleOrDefaultAsync(cancellationToken);
        return cooperativeId is { } id && await RegistryAccess.LoadCooperativeAsync(db, id, user, cancellationToken) is not null ? id : null;
    }
}

/// <summary>A certificate of appreciation on the cooperative's card.</summary>
public sealed record AppreciationCertificateSummary(Guid Id, string Number, int FiscalYear, string Orientation, DateTime IssuedAtUtc);
