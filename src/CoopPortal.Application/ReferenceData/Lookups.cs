namespace CoopPortal.Application.ReferenceData;

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

    /// <summary>Whether <paramref name="other"/> holds the same entries in the same order (the lists compared item by item).</summary>
    public bool SameAs(Lookups other) =>
        other is not null
        && ActivityTypes.SequenceEqual(other.ActivityTypes)
        && MembershipTypes.SequenceEqual(other.MembershipTypes)
        && Orientations.SequenceEqual(other.Orientations)
        && Provinces.SequenceEqual(other.Provinces)
        && Counties.SequenceEqual(other.Counties);
}
