using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Registry.Import;

/// <summary>The reference lists rows are checked against, keyed by <see cref="PersianText.ComparisonKey"/>.</summary>
internal sealed class ImportReferenceData
{
    public ImportReferenceData(IEnumerable<(int Id, string Name)> provinces, IEnumerable<(int Id, string Name, int ProvinceId)> counties, IEnumerable<(int Id, string Title, string Code)> activityTypes)
    {
        Provinces = provinces.ToDictionary(p => PersianText.ComparisonKey(p.Name), p => (p.Id, p.Name));
        ProvinceNames = Provinces.Values.ToDictionary(p => p.Id, p => p.Name);
        Counties = counties.ToLookup(c => PersianText.ComparisonKey(c.Name), c => (c.Id, c.ProvinceId));
        ActivityTypes = new Dictionary<string, int>();
        foreach (var a in activityTypes)
        {
            ActivityTypes[PersianText.ComparisonKey(a.Title)] = a.Id;
            ActivityTypes.TryAdd(PersianText.ComparisonKey(a.Code), a.Id);
        }
    }

    public Dictionary<string, (int Id, string Name)> Provinces { get; }

    public Dictionary<int, string> ProvinceNames { get; }

    public ILookup<string, (int Id, int ProvinceId)> Counties { get; }

    public Dictionary<string, int> ActivityTypes { get; }
}
