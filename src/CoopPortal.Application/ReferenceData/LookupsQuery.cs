using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

/// <summary>
/// The reference lists the formation forms use, in display order, loaded once per page. Retired entries are included
/// (flagged) so records that carry one still show its title; forms offer only <see cref="Lookups.Offered"/>.
/// The lists are read each time (an admin's change shows at once), but while they are unchanged every page gets the
/// same instance: each open page keeps its lists for its whole life, and 448 counties per open page added up.
/// </summary>
public sealed class LookupsQuery(IAppDbContextFactory dbFactory)
{
    private static Lookups? _latest;

    public async Task<Lookups> HandleAsync(CancellationToken cancellationToken)
    {
        var read = await ReadAsync(cancellationToken);
        var latest = Volatile.Read(ref _latest);
        if (latest is not null && latest.SameAs(read))
        {
            return latest;
        }

        Volatile.Write(ref _latest, read);
        return read;
    }

    private async Task<Lookups> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var persian = StringComparer.Create(Common.Formatting.PersianFormat.Culture, false);
        return new Lookups(
            await db.ActivityTypes.AsNoTracking().OrderBy(x => x.SortOrder).Select(x => new LookupOption(x.Id, x.Title, x.IsActive)).ToListAsync(cancellationToken),
            await db.MembershipTypes.AsNoTracking().OrderBy(x => x.SortOrder).Select(x => new LookupOption(x.Id, x.Title, x.IsActive)).ToListAsync(cancellationToken),
            await db.Orientations.AsNoTracking().OrderBy(x => x.SortOrder).Select(x => new LookupOption(x.Id, x.Title, x.IsActive)).ToListAsync(cancellationToken),
            (await db.Provinces.AsNoTracking().Select(x => new LookupOption(x.Id, x.Name)).ToListAsync(cancellationToken)).OrderBy(x => x.Title, persian).ToList(),
            (await db.Counties.AsNoTracking().Select(x => new CountyOption(x.Id, x.Name, x.ProvinceId)).ToListAsync(cancellationToken)).OrderBy(x => x.Title, persian).ToList());
    }
}
