using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

/// <summary>
/// The reference lists the formation forms use, in display order, loaded once per page. Retired entries are included
/// (flagged) so records that carry one still show its title; forms offer only <see cref="Lookups.Offered"/>.
/// </summary>
public sealed class LookupsQuery(IAppDbContextFactory dbFactory)
{
    public async Task<Lookups> HandleAsync(CancellationToken cancellationToken)
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

/// <param name="IsActive">False for an entry an administrator retired: kept on old records, not offered for new ones.</param>
public sealed record LookupOption(int Id, string Title, bool IsActive = true);

public sealed record CountyOption(int Id, string Title, int ProvinceId);

public sealed record Lookups(
    IReadOnlyList<LookupOption> ActivityTypes,
    IReadOnlyList<LookupOption> MembershipTypes,
    IReadOnlyList<LookupOption> Orientations,
    IReadOnlyList<LookupOption> Provinces,
    IReadOnlyList<CountyOption> Counties)
{
    /// <summary>What a form offers from <paramref name="list"/>: the active entries, and the retired one already chosen.</summary>
    public static IEnumerable<LookupOption> Offered(IEnumerable<LookupOption> list, int? chosen) =>
        list.Where(x => x.IsActive || x.Id == chosen);

    public string ActivityTypeTitle(int? id) => TitleOf(ActivityTypes, id);

    public string MembershipTypeTitle(int? id) => TitleOf(MembershipTypes, id);

    public string OrientationTitle(int? id) => TitleOf(Orientations, id);

    public string ProvinceTitle(int? id) => TitleOf(Provinces, id);

    private static string TitleOf(IReadOnlyList<LookupOption> list, int? id) => list.FirstOrDefault(x => x.Id == id)?.Title ?? "—";

    public string CountyTitle(int? id) => Counties.FirstOrDefault(x => x.Id == id)?.Title ?? "—";
}
