using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.NameCheck;

/// <summary>
/// Finds proposed names that clash, after normalization (ی/ک, digits, zero-width non-joiner, spaces, a leading
/// «تعاونی»/«شرکت تعاونی»), with registered cooperatives of the same province and with names held by other
/// applications of the province that have been submitted and not refused or withdrawn.
/// Reveals only the clashing name, never whose application holds it.
/// </summary>
public sealed class NameClashQuery(IAppDbContextFactory dbFactory)
{
    private static readonly ApplicationStatus[] Holding =
    [
        ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.ReturnedForCorrection,
        ApplicationStatus.Resubmitted, ApplicationStatus.RecommendedForApproval, ApplicationStatus.Approved,
    ];

    public async Task<IReadOnlyList<NameClash>> HandleAsync(int provinceId, IReadOnlyList<string?> names, Guid? exceptApplicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = names.Select(CooperativeName.Key).Where(k => k.Length >= 2).Distinct().ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var taken = await db.FormationApplications.AsNoTracking()
            .Where(a => a.Details.ProvinceId == provinceId && Holding.Contains(a.Status) && a.Id != exceptApplicationId)
            .SelectMany(a => a.ProposedNames)
            .Where(n => keys.Contains(n.NameKey))
            .Select(n => new { n.NameKey, n.Name })
            .ToListAsync(cancellationToken);
        var registered = await db.Cooperatives.AsNoTracking()
            .Where(c => c.ProvinceId == provinceId && keys.Contains(c.NameKey))
            .Select(c => new { c.NameKey, c.Name })
            .ToListAsync(cancellationToken);

        var clashes = new List<NameClash>();
        for (var i = 0; i < names.Count; i++)
        {
            var key = CooperativeName.Key(names[i]);
            var cooperative = registered.FirstOrDefault(t => t.NameKey == key);
            if (cooperative is not null)
            {
                clashes.Add(new NameClash(i, names[i] ?? string.Empty, cooperative.Name,
                    $"تعاونی ثبت‌شده‌ای به نام «{cooperative.Name}» در همین استان هست؛ این نام پذیرفته نمی‌شود. نام دیگری بنویسید.", IsRegistered: true));
                continue;
            }

            var hit = taken.FirstOrDefault(t => t.NameKey == key);
            if (hit is not null)
            {
                clashes.Add(new NameClash(i, names[i] ?? string.Empty, hit.Name,
                    $"نام «{hit.Name}» در درخواست دیگری در همین استان پیشنهاد شده است؛ ممکن است پذیرفته نشود. نام دیگری را هم در نظر بگیرید."));
            }
        }

        return clashes;
    }
}
