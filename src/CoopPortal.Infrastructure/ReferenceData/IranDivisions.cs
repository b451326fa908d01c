using System.Text.Json;
using System.Text.Json.Serialization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.Infrastructure.ReferenceData;

/// <summary>
/// Iran's 31 provinces and 448 counties, read from the data set embedded in this assembly
/// (ReferenceData/provinces.json and counties.json, ISC licence in LICENSE-iran-divisions.txt). Names are normalized.
/// </summary>
public static class IranDivisions
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<Province>> LazyProvinces = new(() =>
        Read<ProvinceRow>("provinces.json").Select(p => new Province(p.Id, PersianText.Normalize(p.Name), p.Code)).ToList());

    private static readonly Lazy<IReadOnlyList<County>> LazyCounties = new(() =>
        Read<CountyRow>("counties.json").Select(c => new County(c.Id, PersianText.Normalize(c.Name), c.Province, c.Code)).ToList());

    public static IReadOnlyList<Province> Provinces => LazyProvinces.Value;

    public static IReadOnlyList<County> Counties => LazyCounties.Value;

    private static List<T> Read<T>(string name)
    {
        var assembly = typeof(IranDivisions).Assembly;
        using var stream = assembly.GetManifestResourceStream($"CoopPortal.ReferenceData.{name}")
            ?? throw new InvalidOperationException($"Embedded reference data '{name}' is missing from {assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<List<T>>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded reference data '{name}' is empty.");
    }

    private sealed record ProvinceRow([property: JsonPropertyName("id")] int Id, [property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("code")] int Code);

    private sealed record CountyRow([property: JsonPropertyName("id")] int Id, [property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("province")] int Province, [property: JsonPropertyName("code")] int Code);
}
