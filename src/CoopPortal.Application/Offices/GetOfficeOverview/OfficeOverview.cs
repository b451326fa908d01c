namespace CoopPortal.Application.Offices.GetOfficeOverview;

/// <summary>
/// An office's overview: its title («اداره کل تعاون استان …», or «اداره تعاون شهرستان …» for a county office's staff) and
/// the counties it works (all the province's for the provincial office, headquarters and the admin; its own for a county office).
/// </summary>
public sealed record OfficeOverview(int ProvinceId, string ProvinceName, IReadOnlyList<CountyItem> Counties)
{
    /// <summary>The office's title as its page heads it.</summary>
    public string Title { get; init; } = $"اداره کل تعاون استان {ProvinceName}";
}
